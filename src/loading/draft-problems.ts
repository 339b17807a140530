/**
 * A draft never blocks the site. A draft's mistakes (a frontmatter field the
 * schema rejects, a body rule it breaks, a quote id the body does not hold, a
 * person id another story gives another name) are the editor's to fix before
 * publishing: `npm run build` leaves the draft out, says why, and builds the
 * rest, so a broken edit of a draft never takes a live story down. A
 * published story's mistakes still stop the build. `npm run check`
 * (DRAFT_PROBLEMS=fail, set by scripts/check.ts) fails on a draft's mistakes
 * as on any other; `npm run dev` logs them, as it logs every mistake.
 */

/** What a run does with a draft's mistakes: says them and goes on (a build), or fails (the check). */
export type DraftMode = 'report' | 'fail';

export function draftMode(env: NodeJS.ProcessEnv = process.env): DraftMode {
  return env.DRAFT_PROBLEMS === 'fail' ? 'fail' : 'report';
}

/**
 * Whether frontmatter, parsed or as written, marks a draft. Read from the raw
 * data too, so a draft whose schema fails is still known as one; a `draft`
 * that is not `true` (a typo, "yes") is no draft, and its mistakes stop the build.
 */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * The lines a build says of the drafts' mistakes: those it left out, one
 * block each, and the person names a draft gives otherwise than another
 * story (no draft is on a page, so nothing else need go), each sorted.
 */
export function draftReport(leftOut: readonly string[], clashes: readonly string[] = []): string[] {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    ...(leftOut.length === 0
      ? []
      : [
          `Drafts: ${count(leftOut.length, 'draft', 'drafts')} left out of the build, not yet publishable (the rest is built; npm run check fails until they are fixed):`,
          ...[...leftOut].sort(),
        ]),
    ...(clashes.length === 0
      ? []
      : [
          `Drafts: ${count(clashes.length, 'name', 'names')} of a person written otherwise in a draft than in another story (npm run check fails until they agree):`,
          ...[...clashes].sort(),
        ]),
  ];
}
