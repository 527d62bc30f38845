import { sharedUrl, shareTargets } from '@/lib/seo/share-links';
import { CopyLinkButton } from './CopyLinkButton';

type ShareLinksProps = { path: string; title: string; imagePath: string };

export function ShareLinks({ path, title, imagePath }: ShareLinksProps) {
  return (
    <section aria-labelledby="share-heading" className="mx-auto mt-12 max-w-3xl px-4 sm:px-6">
      <h2 id="share-heading" className="text-sm font-bold tracking-[0.2em] text-pop-700 uppercase">
        Share this article
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {shareTargets({ path, title, imagePath }).map((target) => (
          <li key={target.network}>
            <a
              href={target.href}
              className="inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold text-ink ring-1 ring-ink/20 hover:bg-pop-100"
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
        <CopyLinkButton url={sharedUrl(path, 'copy-link')} title={title} />
      </ul>
    </section>
  );
}
