/**
 * The wire desk's proposals for a few paragraphs, and each quotation's credit
 * with them as the build would give it, by the proposed source's name (or an
 * unnamed source's description): what a draft published as it stands shows.
 */
import { findQuotes } from '../../src/quotes/find-quotes';
import { proposePeople } from '../../src/wire/propose-people';

/** The desk's proposals for these paragraphs, and each quotation's credit with them, by the proposed name. */
export function desk(...paragraphs: string[]) {
  const { people, organisations } = proposePeople(paragraphs, []);
  const lines = paragraphs.map((text, i) => ({ text, line: i + 1 }));
  const { quotes } = findQuotes(
    lines,
    people.map((p) => ({ ...p, aliases: p.aliases ?? [] })),
    { organisations: organisations.map((o) => ({ ...o, aliases: o.aliases ?? [] })) },
  );
  const name = (id: string | undefined) => [...people, ...organisations].find((s) => s.id === id)?.name;
  return {
    people: people.map((p) => p.name),
    organisations: organisations.map((o) => o.name),
    credits: quotes.map((q) => [q.text, name(q.sourceId) ?? q.description ?? null]),
  };
}
