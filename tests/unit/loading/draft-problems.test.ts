import { describe, expect, it } from 'vitest';
import { draftMode, draftReport, isDraft } from '../../../src/loading/draft-problems';

describe('a draft never blocks the site', () => {
  it('knows a draft from its frontmatter as written, even when the schema would reject the rest', () => {
    expect(isDraft({ draft: true, people: [{ id: 'zelensky' }] })).toBe(true);
  });

  it('takes a draft field that is not true for no draft, so its mistakes stop the build', () => {
    for (const data of [{ draft: 'yes' }, { draft: false }, {}, undefined]) expect(isDraft(data)).toBe(false);
  });

  it('fails only in the check, which sets DRAFT_PROBLEMS=fail', () => {
    expect(draftMode({ DRAFT_PROBLEMS: 'fail' })).toBe('fail');
    expect(draftMode({})).toBe('report');
  });

  it('says nothing when no draft was left out, else how many and each mistake, in file order', () => {
    expect(draftReport([])).toEqual([]);
    const [heading, ...lines] = draftReport(['b.md: second', 'a.md: first']);
    expect(heading).toMatch(/^Drafts: 2 drafts left out of the build/);
    expect(lines).toEqual(['a.md: first', 'b.md: second']);
    expect(draftReport([], ['people: the id "x" …'])[0]).toMatch(
      /^Drafts: 1 name of a person written otherwise in a draft than in another story/,
    );
  });
});
