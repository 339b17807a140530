// ESLint's flat config: typescript-eslint's type-aware rules for TypeScript, eslint-plugin-astro
// (with its jsx-a11y rules) for components, plain recommended rules for the .mjs scripts.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.output/', 'tests/fixtures/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // `const { draft, ...rest } = x` leaves `draft` out on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  { languageOptions: { globals: { ...globals.node } } },
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    // Tests read JSON-LD, feeds and parsed pages whose shape is what they check: `any` is the honest type there.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
