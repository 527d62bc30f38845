/**
 * Turns a Tailwind stylesheet into a JavaScript string (next.config.ts routes `*.inline.css`
 * here), so a client component can write it into the page's <head> as a <style> element
 * (app/SiteHead.tsx for the whole site, components/hero/HeroCarousel.tsx for the banner).
 *
 * Why not a <link>: a stylesheet request blocks the first paint. Why not Next's
 * `experimental.inlineCss`: it renders the <style> from a server component, so the same CSS
 * also travels in the page's React payload, twice; every page would carry it three times.
 * Rendered by a client component, the CSS is in the HTML once; the site's sheet is left out of
 * the browser's bundle altogether (app/SiteHead.tsx says why that is safe), and the banner's
 * and articles' sheets ride in their components' cached scripts for client-side navigation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import tailwindcss from '@tailwindcss/postcss';
import postcss from 'postcss';

const compile = (source, from) =>
  postcss([tailwindcss({ optimize: { minify: true } })]).process(source, { from });

/** Custom properties the CSS declares (`--x:` in a rule, or `@property --x`). */
function definedProperties(css) {
  return new Set([...css.matchAll(/(?:[{;]\s*|@property\s+)(--[\w-]+)\s*[:{]/g)].map((m) => m[1]));
}

/**
 * A `var(--x)` with no fallback and no declaration is dropped by the browser along with its
 * whole declaration, silently (a focus outline once vanished that way). Such a typo stops the
 * build instead. A sheet that `@reference`s another may use that one's theme.
 */
async function undefinedProperties(css, source, file) {
  const defined = definedProperties(css);
  for (const [, referenced] of source.matchAll(/@reference\s+['"]([^'"]+)['"]/g)) {
    const referencedFile = path.resolve(path.dirname(file), referenced);
    const referencedCss = await compile(await readFile(referencedFile, 'utf8'), referencedFile);
    for (const name of definedProperties(referencedCss.css)) defined.add(name);
  }
  const used = [...css.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1]);
  return [...new Set(used)].filter((name) => !defined.has(name));
}

export default function inlineCssLoader(source) {
  const done = this.async();
  compile(source, this.resourcePath)
    .then(async (result) => {
      const missing = await undefinedProperties(result.css, source, this.resourcePath);
      if (missing.length > 0) {
        const file = path.relative(process.cwd(), this.resourcePath);
        throw new Error(
          `${file}: ${missing.map((name) => `var(${name})`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} used but never defined. Define ${missing.length === 1 ? 'it' : 'them'} in @theme, or fix the name.`,
        );
      }
      return result;
    })
    .then((result) => {
      // Tailwind reports the files it scanned for class names: a change to any of them
      // rebuilds the stylesheet (in `next dev`, the open page updates in place).
      for (const message of result.messages) {
        if (message.type === 'dependency') this.addDependency(message.file);
        if (message.type === 'dir-dependency') this.addContextDependency(message.dir);
      }
      done(null, `export default ${JSON.stringify(result.css)};`);
    }, done);
}
