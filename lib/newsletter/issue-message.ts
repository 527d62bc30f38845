import { render } from '@react-email/render';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createElement } from 'react';
import { postPath, type Post } from '@/lib/content';
import { site } from '@/lib/site';
import { emailArticle } from './issue-article';
import { IssueEmail } from './IssueEmail';
import { oneClickUnsubscribePath, unsubscribePagePath } from './paths';

/** Where each reader's own unsubscribe token goes in the rendered issue. */
const TOKEN_SLOT = '__unsubscribe_token__';

export type IssueOptions = {
  /** The subject line; the article's title unless given. */
  subject: string | null;
  intro: string | null;
  full: boolean;
  /** A test send: marked in the subject and at the top of the message. */
  test: boolean;
};

/** An issue rendered once for every reader; only the unsubscribe links differ (issueMessage). */
export type IssueTemplate = {
  subject: string;
  html: string;
  text: string;
  /** The article's address with the issue's UTM fields. */
  readUrl: string;
};

/**
 * A subject as one header line: line breaks (which would start new headers) and other control
 * characters become spaces. Non-ASCII stays; MailComposer encodes it (RFC 2047).
 */
export function cleanSubject(subject: string): string {
  return subject
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The issue's UTM fields, so marketing sees what each newsletter brought back. */
function withIssueUtm(url: URL, slug: string): string {
  url.searchParams.set('utm_source', 'newsletter');
  url.searchParams.set('utm_medium', 'email');
  url.searchParams.set('utm_campaign', slug);
  return url.href;
}

/** Renders an article as an issue of the newsletter: HTML (React Email) and plain text. */
export async function renderIssue(post: Post, options: IssueOptions): Promise<IssueTemplate> {
  const base = new URL(site.url);
  const articleUrl = new URL(postPath(post.slug), base).href;
  const readUrl = withIssueUtm(new URL(articleUrl), post.slug);
  const homeUrl = withIssueUtm(new URL('/', base), post.slug);
  const article = emailArticle(
    post.html,
    {
      articleUrl,
      absolute(href) {
        const target = href.startsWith('#') ? `${articleUrl}${href}` : href;
        // The content check lets no broken link through, but a mailing must not die on one.
        if (!URL.canParse(target, base)) return href;
        const url = new URL(target, base);
        return url.origin === base.origin ? withIssueUtm(url, post.slug) : url.href;
      },
    },
    options.full,
  );
  const unsubscribeUrl = new URL(unsubscribePagePath(TOKEN_SLOT), base).href;
  const subject = cleanSubject(options.subject ?? post.title);
  const shownSubject = options.test ? `[Test] ${subject}` : subject;
  const html = await render(
    createElement(IssueEmail, {
      subject: shownSubject,
      title: post.title,
      summary: post.summary,
      intro: options.intro,
      cover: post.image
        ? {
            src: new URL(post.image.src, base).href,
            alt: post.image.alt,
            width: post.image.width,
            height: post.image.height,
          }
        : null,
      articleHtml: article.html,
      truncated: article.truncated,
      readUrl,
      homeUrl,
      unsubscribeUrl,
      siteHost: base.host,
      test: options.test,
    }),
  );
  const text = [
    options.test ? 'TEST SEND: only you got this.\n' : null,
    options.intro,
    post.title.toUpperCase(),
    post.summary,
    article.text,
    article.truncated ? '…' : null,
    `Read on the blog: ${readUrl}`,
    '--',
    `You get this because you subscribed to the ${site.name} newsletter on ${base.host} and confirmed your address.`,
    `Unsubscribe with one click: ${unsubscribeUrl}`,
    site.newsletter.postalLine,
  ]
    .filter((part) => part !== null)
    .join('\n\n');
  return { subject: shownSubject, html, text, readUrl };
}

/**
 * One reader's message (RFC 5322 source): the issue with their own unsubscribe links, in the
 * footer and in the RFC 8058 headers that mail clients show as an "Unsubscribe" button.
 */
export async function issueMessage(
  issue: IssueTemplate,
  to: string,
  unsubscribeToken: string,
): Promise<string> {
  const base = new URL(site.url);
  const fill = (text: string) => text.replaceAll(TOKEN_SLOT, encodeURIComponent(unsubscribeToken));
  const composer = new MailComposer({
    from: site.newsletter.from,
    to,
    subject: issue.subject,
    text: fill(issue.text),
    html: fill(issue.html),
    headers: {
      'List-Unsubscribe': `<${new URL(oneClickUnsubscribePath(unsubscribeToken), base).href}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${site.name} newsletter <newsletter.${base.hostname}>`,
      // Auto-replies (out of office) leave bulk mail alone.
      Precedence: 'bulk',
    },
  });
  const built: Buffer = await composer.compile().build();
  return built.toString('utf8');
}
