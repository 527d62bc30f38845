import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml } from '@/lib/html-escape';
import { site } from '@/lib/site';
import { confirmPagePath, oneClickUnsubscribePath, unsubscribePagePath } from './paths';

export type ConfirmationLinks = { confirmUrl: string; unsubscribeUrl: string; oneClickUrl: string };

export function confirmationLinks(
  confirmToken: string,
  unsubscribeToken: string,
): ConfirmationLinks {
  return {
    confirmUrl: `${site.url}${confirmPagePath(confirmToken)}`,
    unsubscribeUrl: `${site.url}${unsubscribePagePath(unsubscribeToken)}`,
    oneClickUrl: `${site.url}${oneClickUnsubscribePath(unsubscribeToken)}`,
  };
}

/**
 * The confirmation email, as RFC 5322 source ready to queue: plain text and branded HTML, and
 * the RFC 8058 one-click unsubscribe headers that mail clients show as an "Unsubscribe" button.
 */
export async function confirmationMessage(to: string, links: ConfirmationLinks): Promise<string> {
  const text = [
    'Hi!',
    '',
    `Please confirm that you want the ${site.name} newsletter: ${site.newsletter.pitch}`,
    '',
    `Confirm your subscription: ${links.confirmUrl}`,
    '',
    `The link works for ${site.newsletter.confirmLinkHours} hours. If you did not ask for this, ignore this email and nothing happens.`,
    '',
    `Unsubscribe: ${links.unsubscribeUrl}`,
    '',
    `${site.brandName} — ${site.productLine}`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="margin:0;background:#FFF8F1;font-family:Helvetica,Arial,sans-serif;color:#22102E">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:24px">
<tr><td style="background:#22102E;border-radius:24px 24px 0 0;padding:24px 32px;font-size:28px;font-weight:800;color:#FFF8F1">GLOW<span style="color:#FF8FBF">POP</span></td></tr>
<tr><td style="padding:32px">
<h1 style="margin:0 0 16px;font-size:24px">Confirm your subscription</h1>
<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${escapeHtml(site.newsletter.pitch)}</p>
<p style="margin:24px 0"><a href="${escapeHtml(links.confirmUrl)}" style="display:inline-block;background:#B0145A;color:#ffffff;text-decoration:none;font-weight:700;padding:14px 28px;border-radius:999px">Yes, subscribe me</a></p>
<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:#4A3556">The link works for ${site.newsletter.confirmLinkHours} hours. If you did not ask for this, ignore this email and nothing happens.</p>
</td></tr>
<tr><td style="padding:16px 32px 32px;font-size:12px;color:#4A3556">${escapeHtml(site.brandName)} — ${escapeHtml(site.productLine)} · <a href="${escapeHtml(links.unsubscribeUrl)}" style="color:#4A3556">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>`;
  const composer = new MailComposer({
    from: site.newsletter.from,
    to,
    subject: `Confirm your ${site.name} subscription`,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${links.oneClickUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  const built: Buffer = await composer.compile().build();
  return built.toString('utf8');
}
