/**
 * Turns a Tailwind stylesheet into a JavaScript string (next.config.ts routes `*.inline.css`
 * here), so a client component can write it into the page's <head> as a <style> element
 * (app/SiteStyles.tsx for the whole site, components/hero/HeroCarousel.tsx for the banner).
 *
 * Why not a <link>: a stylesheet request blocks the first paint. Why not Next's
 * `experimental.inlineCss`: it renders the <style> from a server component, so the same CSS
 * also travels in the page's React payload, twice; every page would carry it three times.
 * Rendered by a client component, the CSS is in the HTML once and, for hydration, in one
 * cached script shared by every page.
 */
import tailwindcss from '@tailwindcss/postcss';
import postcss from 'postcss';

export default function inlineCssLoader(source) {
  const done = this.async();
  postcss([tailwindcss({ optimize: { minify: true } })])
    .process(source, { from: this.resourcePath })
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
