import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDevelopment, settings } from '@/lib/config';
import { displayPath, slugOfPostFile } from './content-folder';
import { postImagesOf } from './images';
import { parsePostFile, type LoadContext, type ParsedFile } from './parse-post-file';
import type { Post } from './schema';

/**
 * Parsed posts kept on disk between runs, so `content:check`, each build process and each save
 * in `next dev` parse only the files that changed (markdown parsing is most of their time).
 *
 * An entry is found only under the exact inputs it was made from: the file's text and path,
 * the day (which decides scheduled or published), the files in the post's image folder (sizes
 * and times), and the parser itself, that is the source of lib/content, lib/site.ts and the
 * locked dependency versions. Only posts without problems are kept: a broken file is parsed
 * afresh each time, so its messages are always current.
 */

const root = () =>
  path.resolve(
    /* turbopackIgnore: true */ settings().CONTENT_CACHE_DIR ??
      path.join(process.cwd(), 'node_modules', '.cache', 'glowpop-content'),
  );

let productionVersion: Promise<string | undefined> | undefined;

/**
 * The parser's version, to be read once per load of the content (undefined: no cache). A
 * production process hashes its sources once; `next dev` hashes them on every load, since the
 * parser's own files change under the running process.
 */
function parserVersion(): Promise<string | undefined> {
  if (settings().CONTENT_CACHE === 'off') return Promise.resolve(undefined);
  if (isDevelopment()) return hashParserSource();
  productionVersion ??= hashParserSource();
  return productionVersion;
}

async function hashParserSource(): Promise<string | undefined> {
  const cwd = process.cwd();
  const contentLib = path.join(/* turbopackIgnore: true */ cwd, 'lib', 'content');
  try {
    const names = (await readdir(contentLib)).filter((name) => name.endsWith('.ts')).sort();
    const files = [
      ...names.map((name) => path.join(contentLib, name)),
      path.join(/* turbopackIgnore: true */ cwd, 'lib', 'site.ts'),
      path.join(/* turbopackIgnore: true */ cwd, 'package-lock.json'),
    ];
    const hash = createHash('sha256');
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(await readFile(file));
    const version = hash.digest('hex').slice(0, 16);
    // Entries of earlier parser versions can never match again.
    for (const entry of await readdir(root()).catch(() => [])) {
      if (entry !== version) await rm(path.join(root(), entry), { recursive: true, force: true });
    }
    return version;
  } catch {
    // Run from somewhere without the sources (a deployed server): no cache, parse as usual.
    return undefined;
  }
}

/** Names, sizes and times of the files in a post's image folder (wherever the post keeps it). */
async function imageFolderFingerprint(folder: string): Promise<string> {
  const names = await readdir(/* turbopackIgnore: true */ folder).catch(() => undefined);
  if (!names) return 'no image folder';
  const parts = await Promise.all(
    names.sort().map(async (name) => {
      const info = await stat(path.join(folder, name));
      return `${name}:${info.size}:${info.mtimeMs}`;
    }),
  );
  return parts.join('|');
}

type CacheKey = {
  file: string;
  slug: string;
  source: string;
  today: string;
  publicDir: string;
};

/** Where the entry for these inputs lives; computed once per file and load. */
async function cacheEntry(version: string, key: CacheKey): Promise<string> {
  const digest = createHash('sha256')
    .update(
      [
        key.file,
        key.today,
        await imageFolderFingerprint(postImagesOf(key.file, key.slug, key.publicDir).folder),
      ].join('\0'),
    )
    .update('\0')
    .update(key.source)
    .digest('hex');
  return path.join(root(), version, `${digest}.json`);
}

function isCachedPost(value: unknown, slug: string): value is Post {
  return (
    typeof value === 'object' &&
    value !== null &&
    'slug' in value &&
    value.slug === slug &&
    'html' in value &&
    typeof value.html === 'string'
  );
}

async function readCachedPost(entry: string, slug: string): Promise<Post | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(entry, 'utf8'));
    return isCachedPost(value, slug) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function writeCachedPost(entry: string, post: Post): Promise<void> {
  try {
    await mkdir(path.dirname(entry), { recursive: true });
    // Written aside, then renamed: a build's parallel workers never read half an entry.
    const partial = `${entry}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(post));
    await rename(partial, entry);
  } catch {
    // A cache that cannot be written (read-only checkout) only costs speed.
  }
}

/**
 * parsePostFile behind the cache: a file whose inputs are unchanged comes back from the cache,
 * anything else is read and parsed, and kept if it has no problems. One parser per load of the
 * content: the parser's version is read once for all its files.
 */
export async function postFileParser(): Promise<
  (file: string, context: LoadContext) => Promise<ParsedFile>
> {
  const version = await parserVersion();
  return async (file, context) => {
    const source = await readFile(file, 'utf8');
    const slug = slugOfPostFile(file);
    const entry = version
      ? await cacheEntry(version, { file: displayPath(file), slug, source, ...context })
      : undefined;
    const cached = entry ? await readCachedPost(entry, slug) : undefined;
    if (cached) return { post: cached, problems: [] };
    const result = await parsePostFile(file, source, context);
    if (entry && result.post && result.problems.length === 0) {
      await writeCachedPost(entry, result.post);
    }
    return result;
  };
}
