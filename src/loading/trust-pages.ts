/**
 * The trust pages' content loader: one Markdown file per page in
 * content/pages/, named by its slug, each a page the site config lists
 * (TRUST_PAGES in src/site.config.ts, the only list of them). A listed page
 * without its file, or a file no page lists, stops the build with an
 * editor's message. The body is rendered with Markdown's plain rules
 * (GitHub-flavoured, curly quotes), not the article pipeline: a trust page
 * has no dateline, lede or quotes to trace. A warm build renders again only
 * a page whose file changed: the others are kept as the last build stored
 * them, unless the code that renders them changed (pipelineFingerprint).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { TRUST_PAGES } from '../site.config.ts';
import { displayPath } from './editor-messages.ts';
import { pipelineFingerprint } from '../cache/fingerprints.ts';

/** Where the trust pages are kept, beside the articles. */
export const TRUST_PAGES_FOLDER = './content/pages';

const HINT =
  'Each trust page is listed once in TRUST_PAGES (src/site.config.ts) and written in content/pages/<slug>.md; see the README’s “Trust pages”.';

/** What is wrong between the listed pages and the files: one line per mismatch, empty when none. */
export function trustPageMismatches(folder: string, files: readonly string[], listed: readonly string[]): string[] {
  const slugs = files.filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -'.md'.length));
  return [
    ...listed
      .filter((slug) => !slugs.includes(slug))
      .map((slug) => `${displayPath(join(folder, `${slug}.md`))}: the trust page "${slug}" has no file; write it`),
    ...slugs
      .filter((slug) => !listed.includes(slug))
      .map(
        (slug) =>
          `${displayPath(join(folder, `${slug}.md`))}: "${slug}" is not a trust page; add it to TRUST_PAGES in src/site.config.ts, or remove the file`,
      ),
  ];
}

/** Markdown's plain rules: GitHub-flavoured, curly quotes. */
const plainRenderer = () => unified({ gfm: true, smartypants: true }).createRenderer({});

export function trustPagesLoader(folder: string = TRUST_PAGES_FOLDER): Loader {
  return {
    name: 'trust-pages',
    load: async (context) => {
      const { store } = context;
      const files = existsSync(folder) ? readdirSync(folder).sort() : [];
      const mismatches = trustPageMismatches(
        folder,
        files,
        TRUST_PAGES.map((page) => page.slug),
      );
      if (mismatches.length > 0) {
        const error = new AstroError(mismatches.join('\n'), HINT);
        error.stack = '';
        throw error;
      }
      const fingerprint = pipelineFingerprint(process.cwd());
      if (context.meta.get('pipeline') !== fingerprint) {
        store.clear();
        context.meta.set('pipeline', fingerprint);
      }
      const listed = new Set<string>(TRUST_PAGES.map((page) => page.slug));
      for (const id of store.keys()) if (!listed.has(id)) store.delete(id);
      let renderer: ReturnType<typeof plainRenderer> | undefined;
      for (const { slug } of TRUST_PAGES) {
        const filePath = join(folder, `${slug}.md`);
        const text = readFileSync(filePath, 'utf8');
        const digest = context.generateDigest(text);
        if (store.get(slug)?.digest === digest) continue;
        const { frontmatter, content } = parseFrontmatter(text);
        const data = await context.parseData({ id: slug, data: frontmatter, filePath: displayPath(filePath) });
        renderer ??= plainRenderer();
        const { code } = await (await renderer).render(content);
        store.set({
          id: slug,
          data,
          body: content,
          filePath: displayPath(filePath),
          digest,
          rendered: { html: code },
        });
      }
    },
  };
}
