/**
 * The articles' content loader: Astro's glob loader over one folder, made
 * strict for a newsroom. Every way an article can fail to load ends the build
 * (and `astro sync`, which `npm run check` runs) with an editor's message,
 * printed once. In `astro dev` (the only command with a file watcher) an
 * article's mistakes stay log lines, and its page shows the error. A draft's
 * mistakes never stop a build: it leaves the draft out and says why
 * (src/loading/draft-problems.ts). A quotation left uncredited is no mistake:
 * the article is published, and the run says so as
 * src/loading/uncredited-report.ts describes.
 */
import { join } from 'node:path';
import { glob, type DataStore, type Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { badSlugError, duplicateSlugError, explainLoadError } from './editor-messages.ts';
import { pipelineFingerprint } from '../cache/fingerprints.ts';
import { leadPhotoProblem } from './lead-photo-check.ts';
import { keptEntries, type KeptEntries } from './kept-entries.ts';
import { nameClashes } from './name-clashes.ts';
import { translationProblems } from './translation-links.ts';
import { draftMode, draftReport, isDraft, type DraftMode } from './draft-problems.ts';
import { reportUncredited, uncreditedMode, type UncreditedMode } from './uncredited-report.ts';
import { articleSlug, isSlug } from '../article/slug.ts';
import { isEditionTag } from '../article/language.ts';
import type { Person } from '../article/schema.ts';

/** An editor's mistake is not a program bug: its location is in the Markdown, not in a stack. */
function withoutStack(error: Error): Error {
  error.stack = '';
  return error;
}

type Reader = (entry: Parameters<DataStore['set']>[0]) => readonly string[];

/**
 * What the Markdown plugins found in a rendered article: its mistakes, and
 * the warnings for its quotations left uncredited. They come back with the
 * render (src/markdown/derived.ts, which the content config hands in: the
 * pipeline is a layer above the loader).
 */
export interface Reports {
  problemsOf: Reader;
  uncreditedOf: Reader;
}

export function articleLoader(
  folder: string,
  { problemsOf, uncreditedOf }: Reports,
  mode: UncreditedMode = uncreditedMode(),
  drafts: DraftMode = draftMode(),
): Loader {
  // Which file claimed which slug in the current load, to catch two articles at one address.
  let claimed = new Map<string, string>();
  // The stored id of an unchanged file, whose frontmatter is then not parsed (kept-entries.ts).
  let keptId: KeptEntries['idOf'] = () => undefined;
  const inner = glob({
    pattern: '*.md',
    base: folder,
    // Pages are built from the rendered HTML; the raw Markdown would only take memory.
    retainBody: false,
    generateId({ entry, data }) {
      const slug = keptId(data) ?? articleSlug(entry, data);
      const file = join(folder, entry);
      if (!isSlug(slug) || isEditionTag(slug)) throw badSlugError(slug, file);
      const other = claimed.get(slug);
      if (other !== undefined && other !== file) throw duplicateSlugError(slug, other, file);
      claimed.set(slug, file);
      return slug;
    },
  });

  return {
    ...inner,
    async load(context) {
      claimed = new Map();
      // Entries rendered by other code (a changed remark plugin, schema or
      // dependency) are stale even though their files are not: render them all again.
      const fingerprint = pipelineFingerprint(process.cwd());
      if (context.meta.get('pipeline') !== fingerprint) {
        context.store.clear();
        context.meta.set('pipeline', fingerprint);
      }
      // One line (or lines) per article that cannot be built, to end the build with.
      const failures: string[] = [];
      const fail = (message: string) => {
        failures.push(message);
        // A build prints them in the error it ends with; dev only logs them.
        if (context.watcher) context.logger.error(message);
      };
      // A build and dev leave a draft with mistakes out (never stored, so each run says so again; dev logs
      // it at once, as each save renders it again); the check leaves nothing out.
      const leavesDraftsOut = drafts === 'report';
      const leftOut = new Map<string, string>();
      const leaveOut = (id: string, message: string) => {
        leftOut.set(id, message);
        if (context.watcher) context.logger.error(message);
      };
      // An article with mistakes is stored as one that failed to render: without its body.
      // Astro's glob loader sets only the entries it rendered again (new or changed files).
      let rendered = 0;
      // Once loaded, `astro dev` renders an article again on each save: its warnings are said then.
      let loaded = false;
      const store: DataStore = {
        ...context.store,
        set(entry) {
          const problems = entry.rendered ? problemsOf(entry) : [];
          if (leavesDraftsOut && isDraft(entry.data) && problems.length > 0) leaveOut(entry.id, problems.join('\n'));
          if (leftOut.has(entry.id)) {
            context.store.delete(entry.id);
            return false;
          }
          if (entry.rendered) rendered += 1;
          if (loaded && entry.rendered) uncreditedOf(entry).forEach((warning) => context.logger.warn(warning));
          if (problems.length === 0) return context.store.set(entry);
          fail(problems.join('\n'));
          return context.store.set({ ...entry, rendered: undefined, assetImports: undefined });
        },
      };
      // Anything else that goes wrong with a file (it cannot be read, its render
      // crashes), Astro's glob loader only logs, and carries on without the text:
      // silent loss of text, so its logged errors end the build too, as logged.
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = fail;
      // The schema has checked the photo's fields; whether its file is there
      // and wide enough needs the article's own folder, known only here.
      const parseData: typeof context.parseData = async (entry) => {
        try {
          const data = await context.parseData(entry);
          const src = (entry.data.image as { src?: unknown } | undefined)?.src;
          const problem = entry.filePath ? await leadPhotoProblem(entry.filePath, src) : undefined;
          if (problem) throw problem;
          leftOut.delete(entry.id);
          return data;
        } catch (error) {
          // A draft's frontmatter mistake: the draft is left out (the store refuses it), the rest loads.
          const explained = leavesDraftsOut && isDraft(entry.data) ? explainLoadError(error) : undefined;
          if (!explained) throw error;
          leaveOut(entry.id, explained.message);
          return entry.data;
        }
      };
      try {
        const kept = keptEntries(context);
        keptId = kept.idOf;
        await inner.load({ ...kept.context, store, logger, parseData });
      } catch (error) {
        const explained = explainLoadError(error);
        if (!explained) throw error;
        throw withoutStack(new AstroError(explained.message, explained.hint));
      }
      // Says what a warm build cost: an article file or pipeline change renders again, nothing else does.
      const total = context.store.keys().length;
      context.logger.info(
        `Markdown: ${rendered} of ${total} ${total === 1 ? 'article' : 'articles'} rendered, ${total - rendered} kept from the last build`,
      );
      loaded = true;
      const byFile = [...context.store.values()].sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
      const refusal = reportUncredited(context.logger, byFile.map(uncreditedOf), context.watcher ? 'list' : mode);
      // One id is one person across articles: the people pages could not say whose name is right.
      const clashesOf = (entries: { id: string; filePath?: string; data: Record<string, unknown> }[]) =>
        nameClashes(
          entries.map((entry) => ({
            file: entry.filePath ?? join(folder, `${entry.id}.md`),
            lang: entry.data.lang as string | undefined,
            people: (entry.data.people ?? []) as Person[],
          })),
        );
      const stored = [...context.store.values()];
      const published = leavesDraftsOut ? stored.filter((entry) => !isDraft(entry.data)) : stored;
      const clashes = clashesOf(published);
      if (leavesDraftsOut && !context.watcher) {
        // A draft's clash leaves nothing out (no draft is on a page); it is said with the drafts' other mistakes.
        const ofDrafts = clashesOf(stored).filter((clash) => !clashes.includes(clash));
        draftReport([...leftOut.values()], ofDrafts).forEach((line) => context.logger.warn(line));
      }
      // A translation names its original, an article of this build in another edition.
      const links = translationProblems(
        published.map(({ id, filePath, data }) => ({
          file: filePath ?? join(folder, `${id}.md`),
          slug: id,
          lang: data.lang as string | undefined,
          translationOf: data.translationOf as string | undefined,
        })),
      );
      if (clashes.length + links.length > 0) {
        throw withoutStack(
          new AstroError(
            [...clashes, ...links].join('\n'),
            'Fix what each line names, then build again. The README’s “Editing” section explains every message.',
          ),
        );
      }
      if (failures.length > 0 && !context.watcher) {
        // Sorted, so the same mistakes always read the same: articles finish rendering in no fixed order.
        failures.sort();
        const count = failures.length === 1 ? '1 article' : `${failures.length} articles`;
        throw withoutStack(
          new AstroError(
            `${count} could not be built:\n${failures.join('\n')}`,
            'Fix what each line names, then build again. The README’s “Editing” section explains every message.',
          ),
        );
      }
      if (refusal) throw withoutStack(new AstroError(refusal.message, refusal.hint));
    },
  };
}
