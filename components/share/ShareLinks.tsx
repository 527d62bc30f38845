import { sharedUrl, shareTargets } from '@/lib/seo/share-links';
import { HtmlOnlyPart } from '@/components/layout/HtmlOnlyPart';
import { CopyLinkButton } from './CopyLinkButton';

type ShareLinksProps = { path: string; title: string; imagePath: string };

export function ShareLinks({ path, title, imagePath }: ShareLinksProps) {
  return (
    <section aria-labelledby="share-heading" className="wrap narrow no-print mt-12">
      <h2 id="share-heading" className="eyebrow">
        Share this article
      </h2>
      {/* The links are sent in the HTML only; the copy button, a client component, follows
          them on the same row. */}
      <div className="mt-3 flex flex-wrap gap-2">
        <HtmlOnlyPart as="ul" className="flex flex-wrap gap-2">
          {shareTargets({ path, title, imagePath }).map((target) => (
            <li key={target.network}>
              <a
                href={target.href}
                className="pill"
                rel="noopener noreferrer"
                target={target.network === 'email' ? undefined : '_blank'}
                aria-label={
                  target.network === 'email'
                    ? 'Share by email'
                    : `Share on ${target.label} (opens in a new tab)`
                }
              >
                {target.label}
              </a>
            </li>
          ))}
        </HtmlOnlyPart>
        <CopyLinkButton url={sharedUrl(path, 'copy-link')} title={title} />
      </div>
    </section>
  );
}
