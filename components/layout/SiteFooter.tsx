import { site } from '@/lib/site';
import { SocialIcon } from './SocialIcon';

/**
 * `newsletter` is where the signup form goes; the footer owns the pitch around it so the
 * brand's words stay the same wherever the form is rendered.
 */
export function SiteFooter({ newsletter }: { newsletter?: React.ReactNode }) {
  const year = new Date().getUTCFullYear();
  return (
    <footer className="mt-24 bg-ink text-cream">
      <div className="mx-auto grid max-w-6xl gap-12 px-4 py-14 sm:px-6 md:grid-cols-2">
        <section aria-labelledby="stay-in-touch" id="newsletter">
          <h2
            id="stay-in-touch"
            className="font-display text-2xl font-bold tracking-wide uppercase"
          >
            {site.newsletter.heading}
          </h2>
          <p className="mt-3 max-w-md text-cream/90">{site.newsletter.pitch}</p>
          {newsletter}
        </section>
        <div className="flex flex-col gap-6 md:items-end">
          <ul className="flex gap-3" aria-label="GLOWPOP on social media">
            {site.socials.map((social) => (
              <li key={social.name}>
                <a
                  href={social.href}
                  className="flex size-11 items-center justify-center rounded-full bg-cream/10 text-cream hover:bg-pop-700"
                  aria-label={`GLOWPOP on ${social.name}`}
                  rel="me noopener"
                >
                  <SocialIcon name={social.name} />
                </a>
              </li>
            ))}
          </ul>
          <p className="text-left md:text-right">
            <span className="font-display text-3xl font-extrabold">{site.brandName}</span>
            <span className="text-cream/90"> — </span>
            <span className="text-sm tracking-[0.2em] text-cream/90 uppercase">
              {site.productLine}
            </span>
          </p>
        </div>
      </div>
      <div className="border-t border-cream/15">
        <p className="mx-auto max-w-6xl px-4 py-5 text-sm text-cream/90 sm:px-6">
          © {year} {site.name}
        </p>
      </div>
    </footer>
  );
}
