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

/** The lines a build says of the drafts it left out, one block per draft, sorted. */
export function draftReport(problems: readonly string[]): string[] {
  if (problems.length === 0) return [];
  const count = problems.length === 1 ? '1 draft' : `${problems.length} drafts`;
  return [
    `Drafts: ${count} left out of the build, not yet publishable (the rest is built; npm run check fails until they are fixed):`,
    ...[...problems].sort(),
  ];
}
