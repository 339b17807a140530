/**
 * The desk's own dateline cities and their zones: the agencies' spellings
 * and the names agencies use in their own languages (2021 AFP writes "Kiev",
 * dpa "Genf", ANSA "Roma", STT "Kiova", EFE "Nueva Delhi", TT's "EU"), which the gazetteer (gazetteer.ts,
 * English names) does not know or would send elsewhere (Roma, Queensland).
 * Looked up before the gazetteer.
 */
import { stripAccents } from '../text/patterns.ts';

const ZONES: Record<string, string> = {
  'Europe/Kyiv':
    'Kiew Kiova Kijev Kiev Kyiv Kharkiv Kharkov Odessa Odesa Lviv Dnipro Donetsk Lugansk Luhansk Mariupol Zaporizhzhia',
  'Europe/Moscow': 'Moskau Mosca Moskova Moskva Moscow Saint-Petersburg St-Petersburg Sochi Minsk',
  'Europe/London': 'London Edinburgh Belfast Manchester',
  'Europe/Dublin': 'Dublin',
  'Europe/Paris': 'Paris Marseille Lyon Strasbourg Nice',
  // TT datelines its Brussels correspondent's stories "EU".
  'Europe/Brussels': 'Brussels Brüssel Bruxelles Bryssel Bruessel EU',
  'Europe/Amsterdam': 'Amsterdam The-Hague',
  'Europe/Berlin': 'Berlin Munich München Frankfurt Hamburg Köln Cologne',
  'Europe/Zurich': 'Geneva Genf Ginevra Genève Zurich Zürich Bern Davos',
  'Europe/Vienna': 'Vienna Wien',
  'Europe/Rome': 'Rome Roma Rom Milan Milano Mailand Naples Napoli Turin Torino Florence Firenze Venice Venezia Vatican-City',
  'Europe/Madrid': 'Madrid Barcelona',
  'Europe/Lisbon': 'Lisbon Lissabon',
  'Europe/Warsaw': 'Warsaw Warschau',
  'Europe/Prague': 'Prague Prag',
  'Europe/Budapest': 'Budapest',
  'Europe/Bucharest': 'Bucharest',
  'Europe/Chisinau': 'Chisinau',
  'Europe/Athens': 'Athens Athen',
  'Europe/Istanbul': 'Istanbul Ankara',
  'Europe/Stockholm': 'Stockholm Tukholma',
  'Europe/Oslo': 'Oslo',
  'Europe/Copenhagen': 'Copenhagen',
  'Europe/Helsinki': 'Helsinki',
  'Europe/Riga': 'Riga',
  'Europe/Tallinn': 'Tallinn',
  'Europe/Vilnius': 'Vilnius',
  'Asia/Tbilisi': 'Tbilisi',
  'Asia/Yerevan': 'Yerevan',
  'Asia/Baku': 'Baku',
  'Asia/Jerusalem': 'Jerusalem Tel-Aviv',
  'Asia/Beirut': 'Beirut',
  'Asia/Damascus': 'Damascus',
  'Asia/Baghdad': 'Baghdad',
  'Asia/Tehran': 'Tehran',
  'Asia/Riyadh': 'Riyadh',
  'Asia/Dubai': 'Dubai Abu-Dhabi',
  'Asia/Qatar': 'Doha',
  'Africa/Cairo': 'Cairo Kairo',
  'Africa/Lagos': 'Lagos Abuja',
  'Africa/Nairobi': 'Nairobi Addis-Ababa',
  'Africa/Johannesburg': 'Johannesburg Pretoria',
  'Asia/Kabul': 'Kabul',
  'Asia/Karachi': 'Islamabad Karachi',
  'Asia/Kolkata': 'New-Delhi Neu-Delhi Nueva-Delhi Mumbai Bangalore Bengaluru',
  'Asia/Bangkok': 'Bangkok',
  'Asia/Jakarta': 'Jakarta',
  'Asia/Manila': 'Manila',
  'Asia/Singapore': 'Singapore',
  'Asia/Hong_Kong': 'Hong-Kong',
  'Asia/Shanghai': 'Beijing Peking Shanghai',
  'Asia/Taipei': 'Taipei',
  'Asia/Seoul': 'Seoul',
  'Asia/Tokyo': 'Tokyo',
  'Australia/Sydney': 'Sydney Canberra',
  'America/New_York': 'Washington New-York',
  'America/Chicago': 'Chicago',
  'America/Los_Angeles': 'Los-Angeles San-Francisco',
  'America/Toronto': 'Ottawa Toronto',
  'America/Mexico_City': 'Mexico-City',
  'America/Havana': 'Havana',
  'America/Bogota': 'Bogota',
  'America/Lima': 'Lima',
  'America/Sao_Paulo': 'Brasilia Sao-Paulo Rio-de-Janeiro',
  'America/Argentina/Buenos_Aires': 'Buenos-Aires',
  'America/Santiago': 'Santiago',
};

const key = (place: string) =>
  stripAccents(place)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');

const ZONE_OF = new Map(
  Object.entries(ZONES).flatMap(([zone, places]) => places.split(' ').map((place) => [key(place), zone] as const)),
);

/** The time zone of a dateline city ("Kiev" → "Europe/Kyiv"), or undefined when the table lacks it. */
export function placeZone(place: string): string | undefined {
  return ZONE_OF.get(key(place));
}
