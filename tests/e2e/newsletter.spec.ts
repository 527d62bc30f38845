import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportedRow } from './e2e-database';
import { site } from '@/lib/site';
import { linkIn, mailCount, mailTo } from './mail-catcher';

const CHECK_INBOX = /Check your inbox to confirm your subscription/;

const unique = (label: string) =>
  `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

function footerForm(page: Page) {
  return page.getByRole('contentinfo').getByRole('form', { name: 'Newsletter signup' });
}

test('subscribe in the footer → email arrives → confirm with the button → unsubscribe', async ({
  page,
}) => {
  const address = unique('footer');
  await page.goto('/blog/tag/skin-health?utm_source=instagram&utm_campaign=spring');
  const form = footerForm(page);
  await expect(form.getByText('Unsubscribe any time')).toBeVisible();
  await form.getByLabel('Email address').fill(address);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status')).toHaveText(CHECK_INBOX);

  const mail = await mailTo(address);
  expect(mail.subject).toBe('Confirm your GLOWPOP subscription');
  expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  expect(await exportedRow(address)).toMatchObject({
    status: 'pending',
    source_path: '/blog/tag/skin-health',
    utm_source: 'instagram',
    utm_campaign: 'spring',
    consent_form: 'footer',
  });

  // Opening the link (as a mail scanner would) changes nothing; the button does.
  await page.goto(linkIn(mail.text, '/newsletter/confirm?token='));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription');
  expect((await exportedRow(address))?.status).toBe('pending');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed');
  expect((await exportedRow(address))?.status).toBe('confirmed');

  await page.goto(linkIn(mail.text, '/newsletter/unsubscribe?token='));
  await page.getByRole('button', { name: 'Unsubscribe me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re unsubscribed');
  expect((await exportedRow(address))?.status).toBe('unsubscribed');
});

/** The signup forms a reader can see on the page. */
const visibleSignupForms = (page: Page) =>
  page.getByRole('form', { name: /^Newsletter signup/ }).filter({ visible: true });

test('a page offers one signup form at most, and none where it would be out of place', async ({
  page,
}) => {
  for (const [path, forms] of [
    ['/', 1],
    ['/blog/tag/skin-health', 1],
    // The article's own form, at its end, replaces the footer's.
    ['/blog/the-gut-skin-axis', 1],
    ['/newsletter/confirmed?result=200', 0],
    ['/newsletter/confirmed?result=503', 0],
    ['/newsletter/unsubscribed?result=200', 0],
    ['/newsletter/confirm?token=x', 0],
    ['/newsletter/unsubscribe?token=x', 0],
    // "Sign up again below": the footer's form is the way back.
    ['/newsletter/confirmed?result=410', 1],
    ['/newsletter/confirmed?result=404', 1],
  ] as const) {
    await page.goto(path);
    await expect(visibleSignupForms(page), path).toHaveCount(forms);
  }
});

test('the consent text links to the privacy page, which says what is kept and why', async ({
  page,
}) => {
  await page.goto('/');
  const form = footerForm(page);
  await form.getByRole('link', { name: 'How we look after your address' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What we keep, and why');
  for (const section of ['When you sign up', 'Against abuse', 'Who sees it', 'How long we keep it'])
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('sets no cookies');
  await expect(page.getByRole('link', { name: 'hello@glowpop.example' })).toHaveAttribute(
    'href',
    'mailto:hello@glowpop.example',
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a wrong address gets a clear message in place and stays typed', async ({ page }) => {
  await page.goto('/');
  const form = footerForm(page);
  await form.getByLabel('Email address').fill('a@b');
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'The part after the @ is not a real domain, like example.com.',
  );
  await expect(form.getByLabel('Email address')).toHaveValue('a@b');
  await expect(form.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
});

test('the article ends with a signup form that records its page', async ({ page }) => {
  const address = unique('article');
  await page.goto('/blog/what-are-prebiotics');
  const form = page
    .getByRole('complementary', { name: /Get the next one in your inbox/ })
    .getByRole('form', { name: 'Newsletter signup after the article' });
  await form.getByLabel('Email address').fill(address);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status')).toHaveText(CHECK_INBOX);
  await mailTo(address);
  expect(await exportedRow(address)).toMatchObject({
    source_path: '/blog/what-are-prebiotics',
    consent_form: 'article-end',
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a plain form post subscribes, the email button confirms, one-click unsubscribes', async ({
    page,
    request,
  }) => {
    const address = unique('nojs');
    await page.goto('/blog?utm_source=pinterest');
    const form = footerForm(page);
    await form.getByLabel('Email address').fill(address);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('status').filter({ hasText: CHECK_INBOX })).toBeVisible();

    const mail = await mailTo(address);
    expect(await exportedRow(address)).toMatchObject({
      source_path: '/blog',
      utm_source: 'pinterest',
    });
    await page.goto(linkIn(mail.text, '/newsletter/confirm?token='));
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed');

    // RFC 8058: the mail client POSTs to the List-Unsubscribe address; no login, no redirect.
    const oneClick = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(mail.raw)?.[1];
    if (!oneClick) throw new Error('no List-Unsubscribe header');
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request.post(oneClick, {
        form: { 'List-Unsubscribe': 'One-Click' },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(200);
    }
    expect((await exportedRow(address))?.status).toBe('unsubscribed');
  });
});

test('direct POSTs get the right status and never break the list', async ({ request }) => {
  const post = (data: unknown) => request.post('/api/newsletter/subscribe', { data });
  expect((await post({ email: ['a@example.com', 'b@example.com'] })).status()).toBe(400);
  expect((await post({ email: { $gt: '' } })).status()).toBe(400);
  expect((await post({})).status()).toBe(400);
  expect((await post({ email: `${'x'.repeat(10_240)}@example.com` })).status()).toBe(400);
  expect((await post({ email: 'a@example.com\r\nBcc: all@example.com' })).status()).toBe(400);
  const honeypot = await post({ email: unique('bot'), website: 'https://spam.example' });
  expect(honeypot.status()).toBe(200);
  expect(await honeypot.json()).toMatchObject({
    ok: true,
    message: expect.stringMatching(CHECK_INBOX),
  });
  const notJson = await request.post('/api/newsletter/subscribe', {
    headers: { 'content-type': 'text/plain' },
    data: 'hello',
  });
  expect(notJson.status()).toBe(415);
  const tampered = await request.post('/api/newsletter/unsubscribe?token=not-a-real-token');
  expect(tampered.status()).toBe(400);
});

test('a flood at one mailbox, from ever-new addresses and +tags, mails it at most the limit', async ({
  request,
}) => {
  const mailbox = unique('victim');
  const [name, domain] = mailbox.split('@');
  const toVictim = (to: string) => to.startsWith(`${name}+`) && to.endsWith(`@${domain}`);
  for (let index = 0; index < 100; index++) {
    const response = await request.post('/api/newsletter/subscribe', {
      // Each from a new address, as a botnet's would arrive through the trusted proxy: only the
      // per-mailbox limit can stop this one (tests/e2e/production-server.spec.ts: made-up ones).
      headers: { 'x-forwarded-for': `198.51.${index}.${(index * 7) % 250}` },
      data: { email: `${name}+${index}@${domain}` },
    });
    // The same neutral answer every time: the sender cannot tell when the limit starts.
    expect(response.status()).toBe(200);
  }
  const limit = site.newsletter.attemptsPerAddressPerHour;
  await expect.poll(() => mailCount(toVictim), { timeout: 10_000 }).toBe(limit);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(mailCount(toVictim)).toBe(limit);
});
