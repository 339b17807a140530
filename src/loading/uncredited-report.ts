/**
 * Quotations left uncredited are reported, never raised: an article is
 * published whatever the quote finder could not credit (src/quotes/uncredited.ts).
 * How much is said depends on who asks, through UNCREDITED_QUOTES:
 *
 * - a build (unset) says how many, in one line, and nothing when there are none:
 *   `Quotes: 3 quotations in 2 stories left uncredited; npm run check lists them.`
 * - `npm run check` (`list`) and `npm run dev` list each one, with its ways out;
 * - `npm run check -- --strict` (`strict`) lists them, then fails.
 *
 * The warnings are read from every stored article, rendered now or kept from
 * the last build, so a warm build reports what a cold one does.
 */
import type { EditorMessage } from './editor-messages.ts';

/** How much a run says of the quotations left uncredited. */
export type UncreditedMode = 'count' | 'list' | 'strict';

/** What this run was asked for (scripts/check.ts sets it for `astro sync`). */
export function uncreditedMode(env: NodeJS.ProcessEnv = process.env): UncreditedMode {
  const asked = env.UNCREDITED_QUOTES;
  return asked === 'list' || asked === 'strict' ? asked : 'count';
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 quotations in 2 stories left uncredited", of the warnings of each story. */
function howMany(stories: readonly (readonly string[])[]): string {
  const quotations = stories.reduce((sum, warnings) => sum + warnings.length, 0);
  return `${counted(quotations, 'quotation', 'quotations')} in ${counted(stories.length, 'story', 'stories')} left uncredited`;
}

/**
 * Says what `mode` asks of the stories' warnings (one list per story, each
 * in article order); under `strict`, returns the error to end the run with
 * when there are any.
 */
export function reportUncredited(
  logger: { warn(message: string): void },
  warnings: readonly (readonly string[])[],
  mode: UncreditedMode,
): EditorMessage | undefined {
  const stories = warnings.filter((list) => list.length > 0);
  if (stories.length === 0) return undefined;
  if (mode === 'count') {
    logger.warn(`Quotes: ${howMany(stories)}; npm run check lists them.`);
    return undefined;
  }
  for (const warning of stories.flat()) logger.warn(warning);
  if (mode === 'list') {
    logger.warn(`Quotes: ${howMany(stories)}, listed above; each stays in its story, without a credit.`);
    return undefined;
  }
  return {
    message: `Quotes: ${howMany(stories)}, listed above; --strict allows none.`,
    hint: 'Credit each one, or silence it under quotes.uncredited, as its line says. The README’s “Editing” section explains how.',
  };
}
