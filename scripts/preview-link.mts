/**
 * `npm run preview-link -- <slug>`: prints a link to a draft or scheduled post on the real
 * site, for a colleague to read before it is published. It works for 7 days, for that post only,
 * and stops working when PREVIEW_SECRET changes.
 */
import { displayPath, findPost, postPath } from '@/lib/content';
import { settingsOrExit } from '@/lib/config';
import { formatDate } from '@/lib/format-date';
import { createPreviewToken, previewPath } from '@/lib/preview/preview-token';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { PREVIEW_SECRET, SITE_URL } = settingsOrExit();
const slug = process.argv[2];
if (!slug)
  fail(
    'Name the post: npm run preview-link -- <slug> (its folder name, or its file name without .md).',
  );
if (!PREVIEW_SECRET)
  fail(
    'Preview links are off: set PREVIEW_SECRET (at least 32 characters, such as the output of ' +
      '`openssl rand -hex 32`) where the site runs and here, then run this again.',
  );

const found = await findPost(slug);
if ('problem' in found) fail(found.problem);
const { post } = found;
const live = new URL(postPath(post.slug), SITE_URL);
if (post.status === 'published')
  fail(`${displayPath(post.file)} is already published, for everyone: ${live.href}`);

const { token, expiresAt } = createPreviewToken(PREVIEW_SECRET, post.slug);
console.log(new URL(previewPath(token), SITE_URL).href);
console.log(
  `  ${displayPath(post.file)} (${post.status === 'draft' ? 'draft' : `scheduled for ${formatDate(post.date)}`}), as it will look; ` +
    `the link works until ${formatDate(expiresAt.toISOString().slice(0, 10))} and only for this post.`,
);
