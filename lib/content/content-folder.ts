import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { settings } from '@/lib/config';
import { isMissingFile, type ContentProblem } from './errors';
import { IMAGE_EXTENSIONS, publicPostImagesDir } from './image-types';

/** `content/` unless CONTENT_DIR points elsewhere (tests and benchmarks use their own sets). */
export function contentDir(): string {
  const fromEnvironment = settings().CONTENT_DIR;
  return fromEnvironment
    ? // Only tests and benchmarks set it: keep the bundler from tracing whatever it points at.
      path.resolve(/* turbopackIgnore: true */ fromEnvironment)
    : path.join(process.cwd(), 'content');
}

/** How a path is shown to editors: relative to where they ran the command. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * A post's slug, its address: the file's name (`posts/my-post.md`), or for a post that is a
 * folder with its images beside it, the folder's name (`posts/my-post/index.md`).
 */
export function slugOfPostFile(file: string): string {
  const name = path.basename(file, '.md');
  return name === 'index' ? path.basename(path.dirname(file)) : name;
}

/** The slug of every markdown file under `posts/`, whether or not it is valid. */
export async function postFileSlugs(dir: string = contentDir()): Promise<string[]> {
  const names = await readdir(path.join(dir, 'posts'), { recursive: true }).catch(() => []);
  return names.filter((name) => name.endsWith('.md')).map(slugOfPostFile);
}

/** Every markdown post under `postsDir`, sorted; anything else there is a problem. */
export async function listMarkdownFiles(
  postsDir: string,
  problems: ContentProblem[],
): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  } catch {
    problems.push({
      file: displayPath(postsDir),
      field: 'folder',
      expected: 'a folder of markdown posts',
      found: 'no such folder',
      hint: 'set CONTENT_DIR to a folder that has a posts/ folder inside',
    });
    return [];
  }
  const files: string[] = [];
  // A folder post's images sit beside its index.md; anything else must be a post.
  const folderPosts = new Set(
    entries
      .filter((entry) => entry.isFile() && entry.name === 'index.md')
      .map((entry) => entry.parentPath),
  );
  // In path order, so problems come out the same on every file system.
  const inOrder = entries
    .map((entry) => ({ entry, file: path.join(entry.parentPath, entry.name) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  for (const { entry, file } of inOrder) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    if (entry.name.endsWith('.md')) files.push(file);
    else if (!(
      folderPosts.has(entry.parentPath) &&
      IMAGE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())
    ))
      problems.push({
        file: displayPath(file),
        field: 'file name',
        expected: 'a markdown post ending in .md, or an image beside a post’s index.md',
        found: JSON.stringify(entry.name),
        hint: folderPosts.has(entry.parentPath)
          ? `images may be ${[...IMAGE_EXTENSIONS].join(', ')}`
          : 'put a post and its images in one folder, the post named index.md',
      });
  }
  return files.sort();
}

/** The file's text, or undefined when there is no such file. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
}

/**
 * A fingerprint of everything an editor saves (the content folder and the posts' images): the
 * name, size and modification time of each file. The live preview compares the one a page was
 * rendered with to the current one, so a save made before it started watching is not missed.
 */
export async function contentVersion(
  dir: string = contentDir(),
  imagesDir: string = publicPostImagesDir(path.join(process.cwd(), 'public')),
): Promise<string> {
  const hash = createHash('sha256');
  // Editors' files, read while editing: keep the bundler from tracing them into the server.
  for (const folder of [dir, imagesDir]) {
    const names = await readdir(/* turbopackIgnore: true */ folder, { recursive: true }).catch(
      () => [],
    );
    const files = await Promise.all(
      names.sort().map(async (name) => {
        const info = await stat(path.join(/* turbopackIgnore: true */ folder, name)).catch(
          () => undefined,
        );
        return info?.isFile() ? `${name}:${info.size}:${info.mtimeMs}` : '';
      }),
    );
    hash.update(folder).update('\0').update(files.join('\n')).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
