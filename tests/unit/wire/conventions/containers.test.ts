/**
 * The conventions hold in every container, not only NewsML-G2 and ninjs: a
 * bare NITF document, NewsML 1.2, TT's own markup in a G2 item, the items of
 * a newsMessage and of an API envelope each reach the article through the
 * same rules: notes to editors never reach it, bodies are sanitised, bylines
 * and the language are read, the place and its region date the story. And
 * text the agency marks as not for publication never reaches it either.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/wire/desk';
import { conventionDesk, g2Item, newsMl1Item, nitfItem, NOW } from '../../../support/wire-items';

const desk = conventionDesk();
const LEDE = '<p>VIENNA (AP) - Ministers agreed a plan for the river on Tuesday, officials said.</p>';
const CONTACT = 'Questions to the desk: ann@example.org, +43 1 555 0199.';

describe('NITF', () => {
  it('reads the byline with its title, the language, and keeps its ed-msg from the page', () => {
    const result = desk.run(
      nitfItem({
        baselang: 'de-AT',
        docdata: `<ed-msg info="${CONTACT}"/>`,
        bodyHead: '<byline>By <person>JANE ROE</person><byttl>Associated Press Writer</byttl></byline>',
        body: LEDE,
      }),
    );
    expect(result.text).toContain('byline:\n  - name: "Jane Roe"\n    role: "Associated Press Writer"');
    expect(result.text).toContain('lang: "de-AT"');
    for (const secret of [CONTACT, 'ann@example.org', '555 0199']) expect(result.text).not.toContain(secret);
  });

  it('sanitises the body: a script goes with its text, and the editor is told', () => {
    const result = desk.run(nitfItem({ body: `${LEDE}<script>steal("cookie")</script><p>More.</p>` }));
    expect(result.text).not.toContain('steal');
    expect(result.notes.join('\n')).toContain('removed from the body with their text, never imported: 1 script');
  });

  it('a kill shows an ed-msg only when its msg-type marks it as the kill notice', () => {
    const id = 'AP-TEST-KILL';
    desk.run(nitfItem({ id, body: LEDE }), { dryRun: false, slug: 'nitf-kill' });
    const kill = (docdata: string) => desk.run(nitfItem({ id, version: '2', status: 'canceled', docdata, body: LEDE }));
    expect(kill(`<ed-msg info="${CONTACT}"/>`).text).toContain('reason: "The Associated Press has withdrawn this story."');
    expect(kill(`<ed-msg info="${CONTACT}"/>`).text).not.toContain(CONTACT);
    const notice = 'This story named the wrong ministry.';
    expect(kill(`<ed-msg msg-type="kill" info="${notice}"/>`).text).toContain(`reason: "${notice}"`);
  });
});

describe('NewsML 1.2', () => {
  const item = (lines: string, descriptive = '') =>
    desk.run(newsMl1Item({ lines, descriptive, content: '<p>The council met on Tuesday.</p>' }));

  it('reads ByLine and ByLineTitle, Language, and the Country that tells one Birmingham from another', () => {
    const result = item(
      '<ByLine>Jean Exemple</ByLine><ByLineTitle>Correspondent</ByLineTitle>',
      '<Language FormalName="en"/><Location HowPresent="Origin"><Property FormalName="Country" Value="USA"/>' +
        '<Property FormalName="City" Value="Birmingham"/></Location>',
    );
    expect(result.text).toContain('byline:\n  - name: "Jean Exemple"\n    role: "Correspondent"');
    expect(result.text).toContain('lang: "en"');
    expect(result.text).toContain('place: "Birmingham"');
    expect(result.text).toContain('timeZone: "America/Chicago"');
  });

  it("never shows a NewsLine: AFP's advisory line is for editors", () => {
    const advisory = 'RECASTS with the vote, ADDS quotes';
    const result = item(`<NewsLine><NewsLineType FormalName="AdvisoryLine"/><NewsLineText>${advisory}</NewsLineText></NewsLine>`);
    expect(result.text).not.toContain(advisory);
  });

  it('sanitises a DataContent sent as escaped HTML', () => {
    const result = desk.run(
      newsMl1Item({
        content: '&lt;p&gt;PARIS (AFP) - The vote passed.&lt;/p&gt;&lt;style&gt;.x{}&lt;/style&gt;&lt;p&gt;More.&lt;/p&gt;',
      }),
    );
    expect(result.text).toContain('The vote passed.');
    expect(result.text).not.toContain('.x{}');
    expect(result.notes.join('\n')).toContain('1 style');
  });
});

describe('TT’s own markup in a NewsML-G2 item', () => {
  it('takes BYLINE as the byline (never its e-mail address) and INGRESS as the standfirst', () => {
    const tt =
      '<BODY xmlns=""><TEXT><RUBRIK>Ministers agree on a plan for the river</RUBRIK>' +
      '<INGRESS><P>The plan was agreed late.</P></INGRESS><BRODTEXT><P>STOCKHOLM (TT) - The ministers met.</P></BRODTEXT>' +
      '<BYLINE EPOST="karin@example.se">Karin Exempel/TT</BYLINE></TEXT></BODY>';
    const item = g2Item({ body: '' }).replace(
      /<inlineXML[\s\S]*<\/inlineXML>/,
      `<inlineXML contenttype="application/ttnitf+xml">${tt}</inlineXML>`,
    );
    const result = desk.run(item);
    expect(result.text).toContain('standfirst: "The plan was agreed late."');
    expect(result.text).toContain('byline:\n  - name: "Karin Exempel"');
    expect(result.text).not.toContain('karin@example.se');
    // The byline is not a paragraph of the body.
    expect(result.text).not.toMatch(/^Karin Exempel\/TT$/m);
  });
});

describe('the items of a newsMessage', () => {
  it('each keep their private notes off the page and read their own language', () => {
    const items = ['de', 'en'].map((lang, i) =>
      g2Item({
        guid: `urn:example:message-${i}`,
        lang,
        headline: `Story ${i + 1} of the message`,
        body: LEDE,
        itemMeta: `<edNote role="ednoterole:dpacontacts" pubconstraint="pubconstraint:nonpublic">${CONTACT}</edNote>`,
      }).replace(/^<\?xml[^>]*>\s*/, ''),
    );
    const file = join(desk.articles, '..', 'message.xml');
    writeFileSync(
      file,
      `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-03-05T09:00:00Z</sent></header><itemSet>${items.join('')}</itemSet></newsMessage>`,
    );
    const results = importFile({ file, articlesDir: desk.articles, now: NOW, dryRun: true });
    expect(results.map((r) => /lang: "(\w+)"/.exec(r.text!)?.[1])).toEqual(['de', 'en']);
    for (const result of results) expect(result.text).not.toContain('ann@example.org');
  });
});

describe('an API envelope', () => {
  it('gives each item its byline and language', () => {
    const item = { uri: 'urn:example:env-1', type: 'text', headline: 'Ministers agree', body_text: 'VIENNA (AP) - They met.' };
    const file = join(desk.articles, '..', 'envelope.json');
    writeFileSync(file, JSON.stringify({ data: { item: { ...item, byline: 'By Jane Roe', language: 'fr' } } }));
    const [result] = importFile({ file, articlesDir: desk.articles, now: NOW, dryRun: true });
    expect(result.text).toContain('byline:\n  - name: "Jane Roe"');
    expect(result.text).toContain('lang: "fr"');
  });
});

describe('text marked not for publication', () => {
  const MARK = 'Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt';

  it('refuses an item whose text is only such a marker (a dpa advisory to editors)', () => {
    expect(() => desk.run(g2Item({ body: '<p>(Diese Informationen sind nicht zur Veröffentlichung bestimmt)</p>' }))).toThrow(
      /says it is not for publication .*: it is a note to editors, not a story/,
    );
  });

  it('cuts the body at a marker paragraph, with a note, and keeps a sentence that mentions the words', () => {
    const mention = 'The memo, marked not for publication, said the talks had failed, officials said on Tuesday.';
    const result = desk.run(g2Item({ body: `${LEDE}<p>${mention}</p><p>${MARK}</p><p>${CONTACT}</p>` }));
    expect(result.text).toContain(mention);
    for (const secret of [MARK, CONTACT]) expect(result.text).not.toContain(secret);
    expect(result.notes.join('\n')).toContain('which the agency marks as not for publication');
  });

  it("removes dpa's np-nonpublic section from an XHTML body with its text", () => {
    const section = `<section class="np-nonpublic"><p class="np-constraint">${MARK}</p><ul><li>${CONTACT}</li></ul></section>`;
    const result = desk.run(g2Item({ body: `${LEDE}${section}<p>More.</p>` }));
    for (const secret of [MARK, CONTACT]) expect(result.text).not.toContain(secret);
    expect(result.text).toContain('More.');
    expect(result.notes.join('\n')).toContain('a section marked not for publication');
  });
});
