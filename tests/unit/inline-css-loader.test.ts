import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import inlineCssLoader from '@/loaders/inline-css-loader.mjs';

/** Writes a stylesheet to a temp folder, as the file the loader is asked for. */
async function sheet(css: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'inline-css-')), 'sheet.inline.css');
  await writeFile(file, css);
  return file;
}

/** Runs the Turbopack loader the way the build does. */
async function load(file: string): Promise<string> {
  const css = await readFile(file, 'utf8');
  return new Promise((resolve, reject) => {
    inlineCssLoader.call(
      {
        resourcePath: file,
        async: () => (error: Error | null, output?: string) =>
          error ? reject(error) : resolve(output ?? ''),
        addDependency: () => {},
        addContextDependency: () => {},
      },
      css,
    );
  });
}

describe('the inline stylesheet loader', () => {
  it('turns the site stylesheet into a module exporting its CSS', async () => {
    const output = await load(path.resolve('app/site.inline.css'));
    expect(output).toMatch(/^export default ".*--color-pop-700:light-dark\(#b0145a/);
  }, 30_000);

  it('stops the build when a rule uses a custom property nobody defines', async () => {
    await expect(
      load(
        await sheet(
          '@theme { --color-ink: #22102e; }\n.a { color: var(--color-ink); outline-color: var(--color-pop-701); }',
        ),
      ),
    ).rejects.toThrow(/sheet\.inline\.css: var\(--color-pop-701\) is used but never defined/);
  }, 30_000);

  it('allows a property with a fallback, and one declared on the page', async () => {
    await expect(
      load(
        await sheet(':root { --gap: 1rem; }\n.a { margin: var(--gap); color: var(--maybe, red); }'),
      ),
    ).resolves.toContain('var(--gap)');
  }, 30_000);
});
