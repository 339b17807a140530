// ESLint's flat config: typescript-eslint's type-aware rules for TypeScript, eslint-plugin-astro
// (with its jsx-a11y rules) for components, plain recommended rules for the .mjs scripts,
// and the layer rules of src/ (README, "Layers"): which folder may import which.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** The folders of src/, bottom layer first; a folder may import only folders before it (README, "Layers"). */
const LAYERS = [
  'text',
  'article',
  'quotes',
  'figures',
  'cache',
  'loading',
  'markdown',
  'editions',
  'newsroom',
  'page-data',
  'social-card',
];
const SITE = ['components', 'layouts', 'pages'];
const folders = (names) => names.map((name) => `**/${name}/**`);
/** The folders above `name` in LAYERS, with the site's and the other sides' folders. */
const above = (name) => folders([...LAYERS.slice(LAYERS.indexOf(name) + 1), 'integrations', 'wire', 'client', ...SITE]);
const PLATFORM = ['node:*', 'astro:*', 'unified'];

/** One complete rule block per folder: a later block for the same files would replace it, not add to it. */
const layer = (files, group, message, rule = '@typescript-eslint/no-restricted-imports') => ({
  files,
  rules: { [rule]: ['error', { patterns: [{ group, message, ...(rule.startsWith('@') ? { allowTypeImports: true } : {}) }] }] },
});

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
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  layer(
    ['src/text/**/*.ts', 'src/article/**/*.ts'],
    [...PLATFORM, '**/quotes/**', '**/figures/**', ...above('figures')],
    'text/ and article/ are the pure base: the wire desk and the Markdown workers load them in plain Node',
  ),
  layer(
    ['src/quotes/**/*.ts'],
    [...PLATFORM, '**/figures/**', ...above('figures')],
    'the quote finder is pure and knows no figures',
  ),
  layer(
    ['src/figures/**/*.ts'],
    [...PLATFORM, '**/quotes/**', ...above('figures')],
    'figure tracing is pure and knows no quotes',
  ),
  layer(['src/cache/**/*.ts'], above('cache'), 'cache/ digests what it is given; it knows no article, page or pipeline'),
  layer(['src/loading/**/*.ts'], above('loading'), 'the loader reads files into entries; it renders nothing and lists nothing'),
  layer(['src/markdown/**/*.ts'], above('markdown'), 'the pipeline renders one article and knows no other'),
  layer(
    ['src/editions/**/*.ts'],
    above('editions'),
    'an edition holds the words of the chrome; the pages read them, and the article pipeline never does',
  ),
  layer(['src/newsroom/**/*.ts'], above('newsroom'), 'the newsroom derives from the entries; pages use it, not the other way'),
  layer(['src/page-data/**/*.ts'], above('page-data'), 'page data is what a page shows, as data: it knows no component or route'),
  layer(
    ['src/social-card/**/*.ts'],
    [...folders(['page-data', 'integrations', 'wire', 'client', ...SITE])],
    'the social card draws from the article; it knows no page',
  ),
  layer(
    ['src/integrations/**/*.ts'],
    [
      ...folders(['quotes', 'figures', 'markdown', 'editions', 'newsroom', 'social-card', 'wire', 'client', ...SITE]),
      '**/loading/*',
      '!**/loading/articles-folder*',
      '**/page-data/*',
      '!**/page-data/urls*',
    ],
    'integrations read dist/ and the article files, not the pages or the pipeline',
  ),
  layer(
    ['src/wire/**/*.ts'],
    [
      'astro:*',
      'astro',
      ...folders(['cache', 'markdown', 'editions', 'newsroom', 'page-data', 'social-card', 'integrations', 'client', ...SITE]),
      '**/loading/*',
      '!**/loading/editor-messages*',
    ],
    'the wire desk runs in plain Node and needs only the pure folders and the editor messages',
  ),
  layer(
    ['src/client/**/*.ts'],
    ['node:*', 'astro:*', '../**'],
    'the client runs in the browser and imports nothing of the build',
  ),
  layer(
    ['src/components/**', 'src/layouts/**', 'src/pages/**', 'src/content.config.ts', 'astro.config.mjs'],
    ['**/wire/**'],
    'the site never imports the wire desk: it runs only as npm run import',
    'no-restricted-imports',
  ),
);
