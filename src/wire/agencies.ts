/**
 * The agencies the desk knows by name: the credit the page prints
 * (`source.agency`), the full name (`source.name`), the other ways items name
 * them (`aliases`: provider codes, copyright holders, web addresses,
 * spellings), and the home desk a story with no dateline is filed from.
 * An agency not listed is still imported, credited by the name the item
 * gives (agency.ts): add a row for a short credit and a full name.
 */

export interface Agency {
  agency: string;
  name: string;
  aliases: string[];
  /** Where the agency's main desk is: the dateline and zone of a story that names no place. */
  home?: { place: string; timeZone: string };
}

const row = (agency: string, name: string, aliases: string[], place?: string, timeZone?: string): Agency => ({
  agency,
  name,
  aliases,
  ...(place && timeZone ? { home: { place, timeZone } } : {}),
});

const AGENCIES: readonly Agency[] = [
  row('AFP', 'Agence France-Presse', ['Agence France Presse', 'afp.com'], 'Paris', 'Europe/Paris'),
  row('AP', 'The Associated Press', ['Associated Press', 'apnews.com', 'ap.org'], 'New York', 'America/New_York'),
  row('Reuters', 'Reuters', ['Thomson Reuters', 'reuters.com', 'Thomson Reuters Foundation'], 'London', 'Europe/London'),
  row('dpa', 'Deutsche Presse-Agentur', ['Deutsche Presse Agentur', 'dpa.com', 'dpa.de'], 'Berlin', 'Europe/Berlin'),
  row('EFE', 'Agencia EFE', ['efe.com', 'efe.es'], 'Madrid', 'Europe/Madrid'),
  row('ANSA', 'Agenzia Nazionale Stampa Associata', ['ansa.it'], 'Rome', 'Europe/Rome'),
  row('TT', 'TT Nyhetsbyrån', ['TT News Agency', 'Tidningarnas Telegrambyrå', 'tt.se'], 'Stockholm', 'Europe/Stockholm'),
  row('NTB', 'Norsk Telegrambyrå', ['Norsk Telegrambyra', 'ntb.no'], 'Oslo', 'Europe/Oslo'),
  row('STT', 'STT', ['Suomen Tietotoimisto', 'STT-Lehtikuva', 'STT Info', 'stt.fi'], 'Helsinki', 'Europe/Helsinki'),
  row('ANP', 'Algemeen Nederlands Persbureau', ['anp.nl'], 'The Hague', 'Europe/Amsterdam'),
  row('Belga', 'Belga News Agency', ['Agence Belga', 'Belga Press Agency', 'belga.be'], 'Brussels', 'Europe/Brussels'),
  row('AAP', 'Australian Associated Press', ['aap.com.au'], 'Sydney', 'Australia/Sydney'),
  row('PA', 'PA Media', ['Press Association', 'PA Media Group', 'pa.media', 'PA Wire'], 'London', 'Europe/London'),
  row('Kyodo', 'Kyodo News', ['Kyodo News Agency', 'kyodonews.jp', 'kyodonews.net'], 'Tokyo', 'Asia/Tokyo'),
  row('Business Wire', 'Business Wire', ['businesswire.com', 'BUSINESS WIRE'], 'San Francisco', 'America/Los_Angeles'),
  row('BBC', 'BBC News', ['British Broadcasting Corporation', 'bbc.co.uk', 'bbc.com'], 'London', 'Europe/London'),
  row('VOA', 'Voice of America', ['voanews.com'], 'Washington', 'America/New_York'),
  row('Xinhua', 'Xinhua News Agency', ['Xinhua News', 'xinhuanet.com', 'news.cn'], 'Beijing', 'Asia/Shanghai'),
  row('Ritzau', 'Ritzaus Bureau', ['ritzau.dk'], 'Copenhagen', 'Europe/Copenhagen'),
  row('Keystone-SDA', 'Keystone-SDA', ['ATS', 'SDA', 'Keystone-ATS', 'keystone-sda.ch'], 'Bern', 'Europe/Zurich'),
  row('APA', 'Austria Presse Agentur', ['apa.at'], 'Vienna', 'Europe/Vienna'),
  row('TASS', 'TASS', ['ITAR-TASS', 'tass.com', 'tass.ru', 'itar-tass.com'], 'Moscow', 'Europe/Moscow'),
  row('Lusa', 'Agência Lusa', ['lusa.pt'], 'Lisbon', 'Europe/Lisbon'),
  row('PAP', 'Polska Agencja Prasowa', ['pap.pl'], 'Warsaw', 'Europe/Warsaw'),
  row('Yonhap', 'Yonhap News Agency', ['yna.co.kr'], 'Seoul', 'Asia/Seoul'),
  row('PTI', 'Press Trust of India', ['ptinews.com'], 'New Delhi', 'Asia/Kolkata'),
  row('CP', 'The Canadian Press', ['Canadian Press', 'thecanadianpress.com'], 'Toronto', 'America/Toronto'),
];

/** Corporate forms that are not part of the name: "Deutsche Presse-Agentur GmbH". */
const COMPANY = /\b(?:gmbh|ltd|limited|llc|llp|inc|plc|s\.?a|s\.?p\.?a|ab|oy|oyj|as|asa|a\/s|nv|bv|co|corp)\.?$/i;
/** What a copyright line or a web address adds to the name: "(c) ITAR-TASS 2019", "© dpa", "www.itar-tass.com". */
const COPYRIGHT = /^(?:\(c\)|©|copyright)\s*|\s*,?\s*\d{4}$|^www\./gi;

const key = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[a-z]+:/, '')
    .trim()
    .replace(COPYRIGHT, '')
    .replace(COMPANY, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();

const BY_KEY = new Map(AGENCIES.flatMap((a) => [a.agency, a.name, ...a.aliases].map((name) => [key(name), a] as const)));

/** The agency a dateline, provider code or copyright line names ("AFP", "nprov:REUTERS", "Associated Press"). */
export function findAgency(hint: string): Agency | undefined {
  return BY_KEY.get(key(hint));
}

export const knownAgencies = () => AGENCIES.map((a) => a.agency).join(', ');
