/**
 * An item that lacks its story text is refused, naming the file, the field
 * of its format that should hold it and what to do; a summary, a byline or
 * a lead is never imported as the story. An item with its text but no
 * headline (a flash) is imported as a draft without a title, its review
 * note naming the field, and no headline is made up from the body.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

const desk = conventionDesk();

/** The refusal's message, and that nothing was written. */
function refusal(content: string, name: string): string {
  try {
    desk.run(content, { dryRun: false }, name);
  } catch (error) {
    expect(readdirSync(desk.articles)).toEqual([]);
    return (error as Error).message;
  }
  throw new Error('the desk imported it');
}

describe('an item with a summary but no body', () => {
  it('is refused, naming the file, `bodies` and the summary, rather than printing the summary as the story', () => {
    const item = ninjsItem({
      language: 'nb-NO',
      copyrightholder: 'NTB',
      descriptions: [{ role: 'text', contenttype: 'text/plain', value: 'The town council bought a large plot by the river.' }],
    });
    const said = refusal(item, 'summary-only.json');
    expect(said).toMatch(/summary-only\.json: no body: the IPTC ninjs 2\.x item has no story text in `bodies`/);
    expect(said).toMatch(
      /it has only a summary of 10 words, which is not the story: ask the agency to resend the item with its text$/,
    );
  });

  it('says a NewsML-G2 body that holds only the byline is no story either', () => {
    const item = g2Item({
      body: '<p>By Jane Example</p>',
      contentMeta: '<description role="drol:summary">Ministers met by the river.</description>',
    });
    expect(refusal(item, 'byline-only.xml')).toMatch(
      /byline-only\.xml: no body: the IPTC NewsML-G2 item has no story text in `<inlineXML>` or `<inlineData>` in `contentSet`; it has only a summary of 5 words and its byline, which are not the story/,
    );
  });
});

describe('an item with a body but no headline', () => {
  /** The draft's frontmatter and body. */
  const parts = (text: string) => text.split('\n---\n');

  it('is imported as a draft with no title, naming ninjs 1.x’s `headline`, its text word for word', () => {
    const item = JSON.stringify({
      uri: 'urn:example:no-headline',
      body_text: 'RIVERTON (Example Wire) -- The bridge reopened on Monday. Drivers cheered.',
      body_html: '<p>RIVERTON (Example Wire) -- The bridge reopened on Monday.</p> <p>Drivers cheered.</p>',
    });
    const { text, path } = desk.run(item, {}, 'no-headline-1x.json');
    const [frontmatter, body] = parts(text!);
    expect(frontmatter).not.toMatch(/^title:/m);
    expect(frontmatter).toMatch(
      /^# REVIEW: the IPTC ninjs 1\.x item has no headline \(`headline`\), and the desk never writes one\./m,
    );
    expect(frontmatter).toContain('draft: true');
    expect(body.trim()).toBe('The bridge reopened on Monday.\n\nDrivers cheered.');
    expect(path).toMatch(/the-bridge-reopened-on-monday\.md$/);
  });

  it('is not headed by its first crosshead: the NewsML-G2 draft names `<headline>` and keeps the crosshead in the body', () => {
    const item = g2Item({
      body: '<p>*** AN AUTOMATED TRANSLATION ***</p><h2>The vote also passed</h2><p>HELSINKI (STT) - Parliament voted.</p>',
    }).replace(/<headline>[^<]*<\/headline>/, '');
    const [frontmatter, body] = parts(desk.run(item, {}, 'no-headline.xml').text!);
    expect(frontmatter).not.toMatch(/^title:/m);
    expect(frontmatter).toMatch(/# REVIEW: the IPTC NewsML-G2 item has no headline \(`<headline>` in `contentMeta`\)/);
    expect(body).toContain('## The vote also passed');
    expect(body).toContain('Parliament voted.');
  });
});
