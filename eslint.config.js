// ESLint for TypeScript and Astro files: the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-astro, with no style rules (Prettier formats; `npm run lint` runs both).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.netlify/',
      '.data/',
      'node_modules/',
      'bench-results/',
      'public/',
      'test-results/',
      // Fixtures are sample files for tests (a built site, bad content), not code we maintain.
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // Allow `const { dropped: _, ...kept } = value`: the rest pattern is how TypeScript removes a key without a cast.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
    },
  },
  {
    // These patterns match control characters on purpose: they strip them from what people send.
    files: ['src/lib/feedback/page-path.ts', 'src/lib/feedback/schema.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The fuzz test sends 1e309 on purpose: a number JSON can carry that parses to Infinity.
    files: ['tests/**/feedback/fuzz.test.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
);
