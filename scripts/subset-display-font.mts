/**
 * `npm run fonts:subset`: writes the one web font the site loads, the display face for headings.
 *
 * Bricolage Grotesque's variable file from @fontsource carries every weight from 200 to 800 and
 * ~400 glyphs (41 kB). Headings use only bold and extra bold, in Latin-1 text, so the file keeps
 * the weight axis from 700 to 800 and those characters (about 31 kB). Body text uses the
 * reader's system font: no download stands between the reader and the first paint of the text.
 * A character outside the set (an editor's Ł, say) falls back to the system font for that glyph.
 *
 * The output is committed; run this again only to change the character set or the weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const source =
  'node_modules/@fontsource-variable/bricolage-grotesque/files/bricolage-grotesque-latin-wght-normal.woff2';
const target = 'assets/fonts/bricolage-grotesque-display.woff2';

/** Printable ASCII, Latin-1 (accented letters, « », £ …) and typographic punctuation. */
const characters = [...range(0x20, 0x7e), ...range(0xa0, 0xff), ...'‘’‚“”„–—…•′″€™'].join('');

function range(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) =>
    String.fromCodePoint(first + index),
  );
}

const subset = await subsetFont(readFileSync(source), characters, {
  targetFormat: 'woff2',
  variationAxes: { wght: { min: 700, max: 800 } },
});
writeFileSync(target, subset);
console.log(`${target}: ${subset.length} bytes`);
