import { FEED_PATHS } from '@/lib/content';
import { FooterSignup } from '@/components/newsletter/NewsletterForm';
import { site } from '@/lib/site';
import { HtmlOnlyPart } from './HtmlOnlyPart';
import { SocialIcon } from './SocialIcon';

const FEED_LINK_LIST = [
  { url: FEED_PATHS.rss, label: 'RSS' },
  { url: FEED_PATHS.atom, label: 'Atom' },
  { url: FEED_PATHS.json, label: 'JSON Feed' },
];

/**
 * `newsletter` is where the signup form goes; the footer owns the pitch around it so the
 * brand's words stay the same wherever the form is rendered.
 */
export function SiteFooter({ newsletter }: { newsletter?: React.ReactNode }) {
  const year = new Date().getUTCFullYear();
  return (
    <footer className="site-footer">
      <div className="wrap footer-main">
        {/* Hidden (by CSS, so it works without JavaScript) on pages with a form of their own:
            see [data-footer-signup='off'] in app/site.inline.css; left out of articles. */}
        <FooterSignup>
          <section aria-labelledby="stay-in-touch" id="newsletter" className="footer-signup">
            <h2 id="stay-in-touch">{site.newsletter.heading}</h2>
            <p className="mt-3 max-w-md">{site.newsletter.pitch}</p>
            {newsletter}
          </section>
        </FooterSignup>
        <HtmlOnlyPart className="footer-aside">
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
        </HtmlOnlyPart>
      </div>
      <HtmlOnlyPart className="footer-base">
        <div className="wrap">
          <p>
            © {year} {site.name}
          </p>
          <ul aria-label="More from GLOWPOP">
            <li>
              <a href={site.shopUrl}>Shop {site.brandName}</a>
            </li>
            <li>
              <a href={site.privacyPath}>Privacy</a>
            </li>
            {FEED_LINK_LIST.map((feed) => (
              <li key={feed.url}>
                <a href={feed.url}>{feed.label}</a>
              </li>
            ))}
          </ul>
        </div>
      </HtmlOnlyPart>
    </footer>
  );
}
