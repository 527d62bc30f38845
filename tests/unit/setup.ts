import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so no media queries; components that read them after hydration get an
// inert stand-in (the browser tests cover what they do).
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
