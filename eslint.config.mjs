import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// The path builders have a door of their own for client components: the index reaches the file
// system, which a browser bundle cannot hold.
const CONTENT_INTERNALS = {
  group: ['@/lib/content/*', '**/lib/content/*', '!@/lib/content/paths', '!**/lib/content/paths'],
  message: 'Import content through its front door, @/lib/content.',
};
const APP = {
  group: ['@/app/*'],
  message: 'app/ imports components/ and lib/, never the reverse.',
};
const COMPONENTS = {
  group: ['@/components/*'],
  message: 'lib/ is imported by components/, never the reverse.',
};
const SEO_AND_NEWSLETTER = {
  group: ['@/lib/seo', '@/lib/seo/*', '@/lib/newsletter', '@/lib/newsletter/*'],
  message: 'lib/content knows nothing of SEO or the newsletter; they import it.',
};

function restrict(files, patterns, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

function importBoundaries() {
  return [
    restrict(['app/**', 'scripts/**', 'bench/**', 'tests/**'], [CONTENT_INTERNALS]),
    restrict(['components/**'], [CONTENT_INTERNALS, APP]),
    restrict(['lib/**'], [CONTENT_INTERNALS, APP, COMPONENTS], ['lib/content/**']),
    restrict(['lib/content/**'], [APP, COMPONENTS, SEO_AND_NEWSLETTER]),
  ];
}

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Destructuring a field away to drop it is intentional; the underscore says so.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Imports run downward only (app/ → components/ → lib/), and lib/content has one front door.
  ...importBoundaries(),
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
