/**
 * The agencies the desk takes copy from: the credit the page prints
 * (`source.agency`) and the full name (`source.name`). Add a row to take
 * copy from another agency; `aliases` are other ways items name it
 * (provider codes, copyright holders, spellings).
 */
export interface Agency {
  agency: string;
  name: string;
  aliases: string[];
}

const AGENCIES: readonly Agency[] = [
  { agency: 'AFP', name: 'Agence France-Presse', aliases: ['Agence France Presse', 'afp.com'] },
  { agency: 'AP', name: 'The Associated Press', aliases: ['Associated Press', 'apnews.com'] },
  { agency: 'Reuters', name: 'Reuters', aliases: ['Thomson Reuters', 'reuters.com'] },
  { agency: 'dpa', name: 'Deutsche Presse-Agentur', aliases: ['dpa.com', 'dpa.de'] },
  { agency: 'EFE', name: 'Agencia EFE', aliases: ['efe.com'] },
  { agency: 'ANSA', name: 'Agenzia Nazionale Stampa Associata', aliases: ['ansa.it'] },
];

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();

/** The agency a dateline, provider code or copyright line names ("AFP", "nprov:REUTERS", "Associated Press"). */
export function findAgency(hint: string): Agency | undefined {
  const wanted = key(hint.replace(/^[a-z]+:/i, ''));
  return AGENCIES.find((a) => [a.agency, a.name, ...a.aliases].some((name) => key(name) === wanted));
}

export const knownAgencies = () => AGENCIES.map((a) => a.agency).join(', ');
