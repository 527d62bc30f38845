import { site } from '@/lib/site';
import { SocialIcon } from './SocialIcon';

/**
 * `newsletter` is where the signup form goes; the footer owns the pitch around it so the
 * brand's words stay the same wherever the form is rendered.
 */
export function SiteFooter({ newsletter }: { newsletter?: React.ReactNode }) {
  const year = new Date().getUTCFullYear();
  return (
    <footer className="site-footer">
      <div className="wrap footer-main">
        <section aria-labelledby="stay-in-touch" id="newsletter">
          <h2 id="stay-in-touch">{site.newsletter.heading}</h2>
          <p className="mt-3 max-w-md">{site.newsletter.pitch}</p>
          {newsletter}
        </section>
        <div className="footer-aside">
          <ul className="socials" aria-label="GLOWPOP on social media">
            {site.socials.map((social) => (
              <li key={social.name}>
                <a href={social.href} aria-label={`GLOWPOP on ${social.name}`} rel="me noopener">
                  <SocialIcon name={social.name} />
                </a>
              </li>
            ))}
          </ul>
          <p className="brandline">
            <b>{site.brandName}</b> — <small>{site.productLine}</small>
          </p>
        </div>
      </div>
      <div className="footer-base">
        <p className="wrap">
          © {year} {site.name}
        </p>
      </div>
    </footer>
  );
}
