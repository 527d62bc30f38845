import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // The build test runs `next build`; everything else takes milliseconds.
    testTimeout: 10_000,
  },
});
