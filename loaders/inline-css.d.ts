/**
 * What loaders/inline-css-loader.mjs makes of a `*.inline.css` file: its compiled CSS as a
 * string. Imported through the `@/` alias, so this pattern (which names a prefix) wins over
 * Next's own `*.css` declaration.
 */
declare module '@/*.inline.css' {
  const css: string;
  export default css;
}
