/**
 * `npm run new:post -- "The Title" --tags "Gut Health,Skin Health" [--slug my-post]`: writes a
 * draft post with valid front matter and says where it is and where to preview it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, displayPath, postPath, scaffoldPost, slugOfPostFile } from '@/lib/content';
import { site } from '@/lib/site';
import { settingsOrExit } from '@/lib/config';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

// A bad environment variable stops here, with one line naming it.
settingsOrExit();

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { tags: { type: 'string' }, slug: { type: 'string' } },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((part) => String(part).padStart(2, '0'))
  .join('-');

const scaffold = scaffoldPost({
  title: positionals.join(' '),
  tags: (values.tags ?? '').split(','),
  date: today,
  slug: values.slug,
});
if (!scaffold.ok) fail(scaffold.message);

const postsDir = path.join(contentDir(), 'posts');
// A folder, so the post's images go beside it and a rename moves them together.
const folder = path.join(postsDir, scaffold.slug);
const file = path.join(folder, 'index.md');
// A post with this slug may be a single file or live in a sub-folder: slugs are unique across
// all of posts/.
const existing = existsSync(postsDir)
  ? readdirSync(postsDir, { recursive: true, encoding: 'utf8' }).find(
      (name) => name.endsWith('.md') && slugOfPostFile(name) === scaffold.slug,
    )
  : undefined;
if (existing) {
  fail(
    `${displayPath(path.join(postsDir, existing))} already exists, and it is never overwritten. ` +
      'Pick another title, or choose the address yourself with --slug another-name.',
  );
}

mkdirSync(folder, { recursive: true });
// 'wx' fails rather than overwrite, even if a file appeared since the check above.
writeFileSync(file, scaffold.source, { flag: 'wx' });
console.log(
  `✓ Created ${path.relative(process.cwd(), file)} (a draft: it shows only in npm run dev)`,
);
console.log(
  `  Preview: ${new URL(postPath(scaffold.slug), site.url).href} (run npm run dev first)`,
);
console.log(
  `  Put its images beside it, in ${displayPath(folder)}/, and write just their names (image: cover.jpg).`,
);
console.log('  Next: write the summary and the body, then set draft: false to publish.');
