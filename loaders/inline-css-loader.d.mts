/** The part of a webpack/Turbopack loader context that inline-css-loader.mjs uses. */
type LoaderContext = {
  resourcePath: string;
  async(): (error: Error | null, output?: string) => void;
  addDependency(file: string): void;
  addContextDependency(dir: string): void;
};

export default function inlineCssLoader(this: LoaderContext, source: string): void;
