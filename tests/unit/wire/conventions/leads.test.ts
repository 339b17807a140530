/**
 * What an agency sets before or around the story: STT's lead heading and
 * TT's lead are the standfirst (not a refusal because the body "starts with
 * a crosshead"); Reuters' version notes in brackets are taken off, a
 * correcting one is the correction's text; AP's version 0 imports; Reuters'
 * edStat:C marks a correction; a ninjs picture is never an article.
 */
import { describe, expect, it } from 'vitest';
import { conventionDesk, g2Item, ninjsItem, nitfItem } from '../../../support/wire-items';

const desk = conventionDesk();

describe('leads', () => {
  it('takes a lead set apart that opens with the dateline (Ritzau’s p.lead) as the lede, not a standfirst', () => {
    const nitf = nitfItem({
      body: '<p class="lead">Aarhus /ritzau/: The council met on Tuesday.</p><p class="txt">It agreed.</p>',
    });
    const result = desk.run(nitf);
    expect(result.text).toContain('place: "Aarhus"');
    expect(result.text).not.toContain('standfirst:');
    expect(result.text).toMatch(/---\n\nThe council met on Tuesday\.\n\nIt agreed\.\n$/);
  });

  it('takes STT’s opening <h2> as the standfirst', () => {
    const result = desk.run(
      g2Item({
        body: '<h2>The minister denies the report</h2><p>The minister told STT on Tuesday that the report was wrong.</p>',
      }),
      { agency: 'STT' },
    );
    expect(result.text).toContain('standfirst: "The minister denies the report"');
    expect(result.text).toMatch(/---\n\nThe minister told STT on Tuesday that the report was wrong\.\n$/);
  });

  it('takes TT’s heading that wraps the lead paragraphs as the standfirst, and its dateline block as metadata', () => {
    const html =
      '<article><h1>Ministers agree on a plan for the river</h1><div class="dat"><span class="vignette">Miljö</span><span class="source">TT</span></div>' +
      '<h4><p>The river plan was agreed.</p><p>It costs less than feared.</p></h4><div class="bodytext"><p>The ministers met in Stockholm on Tuesday.</p></div></article>';
    const result = desk.run(
      ninjsItem({ copyrightholder: 'TT', bodies: [{ role: 'html5', contenttype: 'text/html', value: html }] }),
    );
    expect(result.text).toContain('standfirst: "The river plan was agreed. It costs less than feared."');
    expect(result.text).not.toContain('Miljö');
    expect(result.text).toMatch(/---\n\nThe ministers met in Stockholm on Tuesday\.\n$/);
  });
});

describe('Reuters’ version notes', () => {
  const body = (note: string) => `<p>${note}</p><p>LONDON (Reuters) - The ministers met on Monday.</p>`;

  it('takes an update note off the body', () => {
    const result = desk.run(g2Item({ body: body('(Adds quotes from the minister, background)') }));
    expect(result.text).not.toContain('Adds quotes');
    expect(result.text).toMatch(/---\n\nThe ministers met on Monday\.\n$/);
  });

  it('makes a correcting note the correction’s text, with edStat:C marking the correction', () => {
    const guid = 'urn:example:reuters-1';
    desk.run(g2Item({ guid, body: body('(Adds background)') }), { dryRun: false, slug: 'reuters-1' });
    const result = desk.run(
      g2Item({
        guid,
        version: '2',
        versionCreated: '2024-03-06T10:00:00Z',
        itemMeta: '<signal qcode="edStat:C"/>',
        body: body('(In March 5 story, corrects day of meeting in paragraph 1)'),
      }),
      { slug: 'reuters-1' },
    );
    expect(result.action).toBe('corrected');
    expect(result.text).toContain('text: "In March 5 story, corrects day of meeting in paragraph 1."');
    expect(result.text).toMatch(/---\n\nThe ministers met on Monday\.\n$/);
  });
});

describe('versions and types', () => {
  it('imports AP’s version 0', () => {
    const item = ninjsItem({
      version: '0',
      copyrightholder: 'AP',
      bodies: [{ role: 'text', value: 'WASHINGTON (AP) _ The Senate voted.' }],
    });
    const result = desk.run(item);
    expect(result.action).toBe('created');
    expect(result.text).toContain('version: 0');
  });

  it.each(['picture', 'video', 'audio', 'graphic', 'advisory'])('never imports a ninjs %s as an article', (type) => {
    const item = ninjsItem({ type, bodies: [{ role: 'text', value: 'KIEV (AFP) - A caption.' }] });
    expect(() => desk.run(item)).toThrow(new RegExp(`a ninjs item of type "${type}" \\(.*\\) is not a text story`));
  });
});
