import type { Metadata } from 'next';
import { ArticleStyles } from '@/components/posts/ArticleStyles';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Privacy',
  description: `What ${site.name} keeps about newsletter subscribers, why, for how long, and how to have it removed.`,
  path: site.privacyPath,
});

const contactAddress = site.newsletter.from.match(/<([^>]+)>/)?.[1] ?? site.newsletter.from;

/** Written for readers: what the signup stores and why, in the order they will wonder about it. */
export default function PrivacyPage() {
  return (
    <article className="wrap narrow pt-10 sm:pt-16">
      {/* It quotes a campaign link as code. */}
      <ArticleStyles richMarkup />
      <p className="eyebrow">Privacy</p>
      <h1 className="page-title mt-3">What we keep, and why</h1>
      <div className="article-body mt-8">
        <p>
          Reading this blog is private: the site sets no cookies and runs no advertising or tracking
          scripts. The only thing we keep about you is what you give us when you sign up for our
          newsletter, and only so that we can send it to you.
        </p>
        <p>
          We do count how often each page is read, as totals per day: the page, the site whose link
          brought readers there (its name only), the campaign names in that link, and whether the
          screen was a phone’s, a tablet’s or a computer’s. Nothing in those totals can tell one
          reader from another: no cookie, address, browser details or identifier is kept. Your
          browser tab remembers the page your visit began on until you close it, and sends it to us
          only if you sign up.
        </p>
        <h2 id="when-you-sign-up">When you sign up</h2>
        <ul>
          <li>
            <strong>Your email address</strong>, to send you the newsletter.
          </li>
          <li>
            <strong>Your consent</strong>: the form you used, the words it showed you and when you
            agreed, so we can show that you asked for our emails.
          </li>
          <li>
            <strong>Where you signed up</strong>: the page, the page your visit began on, the site
            whose link brought you (its name only) and the campaign names in that link (such as{' '}
            <code>utm_source=pinterest</code>). This tells us which articles and shared links
            readers find worth subscribing from; it is never used to follow you elsewhere.
          </li>
          <li>
            <strong>When you confirmed, unsubscribed or came back</strong>, and scrambled (hashed)
            copies of the codes in your confirm and unsubscribe links, so that only those links
            work.
          </li>
        </ul>
        <h2 id="against-abuse">Against abuse</h2>
        <p>
          To stop anyone from signing up other people’s addresses in bulk, we note the network
          address (IP address) and the email address of each signup attempt with its time, and allow
          at most {site.newsletter.attemptsPerIpPerHour} attempts from one network address and{' '}
          {site.newsletter.attemptsPerAddressPerHour} for one mailbox in an hour. These notes are
          used for nothing else, and deleted after an hour.
        </p>
        <h2 id="emails">The emails themselves</h2>
        <p>
          We send nothing until you confirm with the link in our first email. Every email after that
          has a one-click unsubscribe link. An email waiting to be sent, and the address it goes to,
          are kept only until it has gone.
        </p>
        <h2 id="who-sees-it">Who sees it</h2>
        <p>
          Only the {site.name} team, to send the newsletter and to understand what readers like. We
          do not sell or share your address.
        </p>
        <h2 id="how-long">How long we keep it</h2>
        <p>
          Until you unsubscribe. After that your record stays, marked as unsubscribed, so that
          nothing is ever sent to the address unasked and signing it up again needs a new
          confirmation. To have it removed entirely, or to see what we hold about you, write to{' '}
          <a href={`mailto:${contactAddress}`}>{contactAddress}</a>.
        </p>
      </div>
    </article>
  );
}
