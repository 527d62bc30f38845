// @vitest-environment jsdom
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { loadContent, type Post } from '@/lib/content';
import { issueMessage, renderIssue, type IssueOptions } from '@/lib/newsletter/issue-message';
import { site } from '@/lib/site';
import { makePost } from '../make-post';

const options: IssueOptions = { subject: null, intro: null, full: false, test: false };

async function samplePost(slug: string): Promise<Post> {
  const { posts } = await loadContent();
  const post = posts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`the sample content has no ${slug}`);
  return post;
}

/** Every value of `attribute` on `tag` elements in the HTML. */
function attributes(html: string, tag: string, attribute: string): string[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll(tag)].map(
    (element) => element.getAttribute(attribute) ?? '',
  );
}

async function parsedMessage(post: Post, overrides: Partial<IssueOptions> = {}) {
  const issue = await renderIssue(post, { ...options, ...overrides });
  const raw = await issueMessage(issue, 'reader@example.com', 'reader-token');
  const headers = raw.split('\r\n\r\n')[0] ?? '';
  return { issue, raw, headers, parsed: await simpleParser(raw) };
}

describe('an issue of the newsletter', () => {
  it('is an email: HTML without script or outside CSS, in tables, and a plain-text part', async () => {
    const { parsed } = await parsedMessage(await samplePost('hydration-and-your-glow'));
    const html = String(parsed.html);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/@import/);
    expect(html).toMatch(/<table[^>]+role="presentation"/);
    expect(html).toContain('<meta name="color-scheme" content="light dark"');
    expect(parsed.text).toContain('HYDRATION AND YOUR GLOW');
    expect(parsed.text).toContain(site.newsletter.postalLine);
  });

  it('links absolutely, the site’s own links tagged with the issue’s UTM fields', async () => {
    const { parsed } = await parsedMessage(await samplePost('hydration-and-your-glow'));
    const html = String(parsed.html);
    const hrefs = attributes(html, 'a', 'href');
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    const readOn = `${site.url}/blog/hydration-and-your-glow?utm_source=newsletter&utm_medium=email&utm_campaign=hydration-and-your-glow`;
    expect(hrefs).toContain(readOn);
    expect(html).toContain('Read on the blog');
    expect(parsed.text).toContain(`Read on the blog: ${readOn}`);
    for (const href of hrefs.filter(
      (link) => link.startsWith(site.url) && !link.includes('/newsletter/'),
    ))
      expect(new URL(href).searchParams.get('utm_campaign')).toBe('hydration-and-your-glow');
  });

  it('shows the cover and body images from absolute addresses, each with its alt text', async () => {
    const post = await samplePost('hydration-and-your-glow');
    const { parsed } = await parsedMessage(post);
    const html = String(parsed.html);
    const sources = attributes(html, 'img', 'src');
    expect(sources[0]).toBe(`${site.url}${post.image?.src}`);
    for (const src of sources) expect(src).toMatch(/^https?:\/\//);
    expect(attributes(html, 'img', 'alt')[0]).toBe(post.image?.alt);
    for (const alt of attributes(html, 'img', 'alt')) expect(alt).toBeDefined();
  });

  it('carries the reader’s own one-click unsubscribe: RFC 8058 headers and a visible link', async () => {
    const { parsed, headers } = await parsedMessage(await samplePost('the-gut-skin-axis'));
    const unfolded = headers.replace(/\r\n\s+/g, ' ');
    expect(unfolded).toContain(
      `List-Unsubscribe: <${site.url}/api/newsletter/unsubscribe?token=reader-token>`,
    );
    expect(unfolded).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(attributes(String(parsed.html), 'a', 'href')).toContain(
      `${site.url}/newsletter/unsubscribe?token=reader-token`,
    );
    expect(parsed.text).toContain(`${site.url}/newsletter/unsubscribe?token=reader-token`);
    expect(String(parsed.html)).toContain('You get this because you subscribed');
  });

  it('carries the article’s opening by default, whole blocks, and all of it with --full', async () => {
    const post = await samplePost('hydration-and-your-glow');
    const excerpt = await renderIssue(post, options);
    const full = await renderIssue(post, { ...options, full: true });
    const lastHeading = post.headings.at(-1)?.text ?? '';
    expect(full.html).toContain(lastHeading);
    expect(excerpt.html).not.toContain(lastHeading);
    expect(excerpt.html.length).toBeLessThan(full.html.length);
    expect(excerpt.text).not.toMatch(/\n(Water, the original beauty drink)\n\n…/);
  });

  it('keeps a subject on one header line, encoding what is not ASCII', async () => {
    const post = await samplePost('the-gut-skin-axis');
    const injected = await parsedMessage(post, { subject: 'Hello\r\nBcc: victim@example.com' });
    expect(injected.parsed.subject).toBe('Hello Bcc: victim@example.com');
    expect(injected.parsed.bcc).toBeUndefined();
    expect(injected.headers).not.toMatch(/^Bcc:/im);

    const unicode = await parsedMessage(post, { subject: 'Glow ✨ from the inside: ünïcode' });
    expect(unicode.parsed.subject).toBe('Glow ✨ from the inside: ünïcode');
    expect(unicode.headers).toMatch(/^[\x00-\x7f]*$/);
  });

  it('marks a test send in its subject and at the top', async () => {
    const { parsed } = await parsedMessage(await samplePost('the-gut-skin-axis'), { test: true });
    expect(parsed.subject).toMatch(/^\[Test\] /);
    expect(String(parsed.html)).toContain('Test send: only you got this');
    expect(parsed.text).toContain('TEST SEND');
  });

  it('shows a title and summary with markup in them as text', async () => {
    const post = makePost('odd', '2025-01-01', ['Gut Health'], {
      title: '<script>alert(1)</script> & "friends"',
      summary: '<img src=x onerror=alert(1)>',
    });
    const { parsed } = await parsedMessage(post);
    const html = String(parsed.html);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
  });
});
