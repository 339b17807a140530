/**
 * The words that tell a run of capitalised words apart when the desk looks
 * for the sources a story names (src/quotes/candidates.ts): the titles that
 * stand before a name, the words that make a name an organisation's or a
 * place's, and the capitalised words that never name a source (nationalities
 * and groups, news agencies, days, months, the words that open a sentence).
 * Matched as whole words; the capitalised lists with their case, the others
 * in lower case.
 */
import { TITLE_NOUNS } from './titles.ts';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Forms of address: part of neither the name nor the role (`Ms Brandt`, `Sir Anthony Crewe`). */
export const HONORIFICS = words('Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Mx Madam Madame Monsieur Herr Frau');

/** Capitalised words of a title before a name: `Russian Foreign Minister Sergei Lavrov`, `Cal Fire Battalion Chief Rachel Dunn`. */
export const TITLE_WORDS = words(`
  President Vice Prime Premier Minister Ministers Secretary Secretary-General Deputy Assistant Acting Former Chancellor
  Foreign Defence Defense Interior Finance Economy Economic Health Justice Education Labour Labor Agriculture Climate
  Change Environment Energy Trade Transport Culture Home Affairs State Treasury Security National Attorney District General
  King Queen Prince Princess Crown Emperor Empress Pope Patriarch Archbishop Bishop Cardinal Rev. Reverend Father Imam Rabbi
  Emir Sheikh Sultan Ayatollah Governor Gov. Mayor Senator Sen. Representative Rep. Congressman Congresswoman Councillor
  Councilman Councilwoman Speaker Ambassador Envoy Commissioner Judge Justice Magistrate Coroner Sheriff Prosecutor Detective
  Inspector Superintendent Constable Sergeant Sgt. Officer Chief Executive Director Chairman Chairwoman Chair Chairperson
  Head Leader Spokesman Spokeswoman Spokesperson Captain Capt. Colonel Col. Gen. Lieutenant Lt. Major Maj. Admiral
  Commander Marshal Brigadier Corporal Private Battalion Professor Prof. Lord Lady Baroness Baron Count Countess Duke
  Duchess MP MEP MSP CEO CFO COO CTO Chief-of-staff Coach Manager Captain Qualifier Striker Goalkeeper Midfielder Defender
  Pensioner Resident Volunteer Nurse Doctor Farmer Activist Campaigner Journalist Analyst Economist Lawyer Barrister
  Solicitor Witness Victim Survivor Teacher Student Candidate Pilot Seed Examiner Businessman Businesswoman Owner Driver
  Worker Founder Mother Father Widow Supervisor Engineer Scientist Researcher Historian Author Writer Actor Singer Player
  Champion Partner Trader Strategist Banker Investor Entrepreneur Official Diplomat Negotiator Delegate Lawmaker
  Legislator Adviser Advisor Aide Surgeon Medic Paramedic Firefighter Soldier Miner Fisherman Shopkeeper Carer Midwife
  Priest Pastor Monk Nun Chef Principal Attorney-General Commissioner Administrator Superintendent Warden Clerk
`);

/** Title words that say what a title is about, not that its holder is a person (`Health` in `Department of Health`). */
export const TITLE_QUALIFIERS =
  words(`Foreign Defence Defense Interior Finance Economy Economic Health Justice Education Labour Labor Agriculture Climate
  Change Environment Energy Trade Transport Culture Home Affairs State Treasury Security National District General Vice
  Prime Deputy Assistant Acting Former Crown Battalion Press Executive Head`);

/** Nationalities, peoples, faiths and political groups: never a name, though they stand in roles (`Sunni Muslim cleric`). */
export const GROUP_WORDS = words(`
  Afghan African American Arab Argentine Argentinian Australian Austrian Belarusian Belgian Brazilian British Briton
  Bulgarian Canadian Chilean Chinese Colombian Croatian Cuban Czech Danish Dutch Egyptian Emirati English Estonian
  Ethiopian European Filipino Finnish French Frenchman Frenchwoman Georgian German Ghanaian Greek Hungarian Indian
  Indonesian Iranian Iraqi Irish Israeli Italian Japanese Jordanian Kazakh Kenyan Korean Kurdish Latvian Lebanese Libyan
  Lithuanian Malaysian Mexican Moldovan Moroccan Nigerian Norwegian Pakistani Palestinian Peruvian Polish Portuguese
  Qatari Romanian Russian Saudi Scot Scottish Serbian Slovak Somali Spaniard Spanish Sudanese Swede Swedish Swiss Syrian
  Taiwanese Thai Tunisian Turkish Ugandan Ukrainian Venezuelan Vietnamese Welsh Western Eastern Northern Southern Yemeni
  Asian Latino Latina Hispanic Muslim Muslims Christian Christians Jewish Jew Jews Hindu Sikh Buddhist Catholic Protestant
  Orthodox Sunni Shia Shiite Alawite Druze Kurd Kurds Houthi Houthis Taliban Islamist Republican Republicans Democrat
  Democrats Democratic Conservative Conservatives Tory Tories Labour Liberal Liberals Green Greens Socialist Socialists
  Communist Communists Indigenous
`);

/** News agencies and broadcasters: the reporter's own outlet, never a source the desk proposes. */
export const AGENCY_WORDS = words('AFP AP Reuters PA BBC dpa DPA EFE ANSA Xinhua TASS Bloomberg CNN Sky ITV NBC CBS ABC NPR');

/** Capitalised words that open a sentence or name a time, not a source. */
export const NOT_NAMES = words(`
  The A An This That These Those There Here It Its He She His Her They Their Them We Our I You Your Who What When Where
  Why How Which Whose If But And Or So Yet As At In On Of For From To By With Without After Before During Since Until
  While Though Although Because Asked Speaking Writing Outside Inside Under Over Back Down Up Not No Yes Many Most Some
  Several Both Each Every All Any Another Other One Two Three Four Five Six Seven Eight Nine Ten Earlier Later Meanwhile
  Today Tonight Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
  May June July August September October November December Police Officials Protesters Residents Campaigners Forecasters
  Rescuers Villagers Supporters Unions Farmers Satellite Thousands Hundreds Dozens Millions
`);

/** Capitalised words that make a run an organisation's name: `Interior Ministry`, `Kingsmoor Athletic`, `Cal Fire`. */
export const ORGANISATION_WORDS = words(`
  Ministry Department Office Commission Committee Council Assembly Parliament Senate Congress Government Cabinet Court
  Courts Tribunal Agency Authority Service Services Survey Institute Institution Organization Organisation Association
  Federation Union League Alliance Party Movement Front Coalition Bank Banco Fund Trust Foundation Society Charity Network
  Group Company Corporation Corp. Co. Inc. Inc Ltd Ltd. PLC plc LLC Holdings Partners Capital Airlines Airways Motors
  Aerospace Shipping Energy Oil Petroleum Water Power Railways Rail Telecom Media Press News Times Post Herald Guardian
  Journal University College School Academy Hospital Clinic Police Army Navy Air Force Forces Guard Guards Command
  Operations Resources Regulator Board Bureau Centre Center Unit Athletic United Rovers Wanderers Albion FC City Town
  Club Fire Radio Television TV Channel Commons Lords Met Cross Crescent Watch Directorate Secretariat Inspectorate
  Prefecture Administration Chamber Observatory
`);

/** Names of institutions that read as places: `the White House said`. */
export const ORGANISATION_NAMES = new Set(
  [
    ...words(`White+House Downing+Street Blue+House Elysee+Palace Élysée+Palace Kremlin Pentagon Vatican NHS Amnesty
      Greenpeace Hamas Hezbollah Interpol Europol Frontex`),
  ].map((name) => name.replace(/\+/g, ' ')),
);

/** Lower-case words after a name that make it an outlet's, not a person's: `told France Inter radio`. */
export const OUTLET_NOUNS = words(
  'radio television tv channel newspaper daily weekly magazine broadcaster website station network',
);

/** Capitalised words that make a run a place's name: `Place de la Republique`, `Marston Road`, `Hollis Creek`. */
export const PLACE_WORDS = words(`
  Street St Road Rd Way Avenue Ave Square Place Boulevard Bridge Creek River Lake Sea Ocean Gulf Bay Beach Coast
  Island Islands Mountains Mountain Mount Hills Valley Forest Ranch Desert Peninsula Strait Canal Port Harbour
  Province County District Region Republic Kingdom Emirates Territory Territories Delta Basin Plain Plains Heights
  Airport Station Stadium Arena House Palace Tower Prison Camp Market Crossing Border Highway Motorway Junction
`);

/** Lower-case nouns for an organisation that a text refers back to with "the": `the ministry said`. */
export const ORGANISATION_NOUNS = words(`
  ministry department office commission committee council assembly parliament senate congress government cabinet court
  tribunal agency authority service survey institute organization organisation association federation union league
  alliance party movement bank fund trust foundation charity network group company corporation firm carmaker automaker
  airline insurer lender bank retailer miner broadcaster regulator watchdog board bureau club team navy army military police
  presidency administration embassy consulate university hospital school operator manufacturer maker directorate
  secretariat inspectorate prefecture chamber observatory
`);

/** Lower-case nouns for a person that may stand as a title before a name: `volunteer Gul Ahmad`, `defense attorney`. */
export function isTitleNoun(word: string): boolean {
  return TITLE_NOUNS.has(word) || TITLE_WORDS.has(word.charAt(0).toUpperCase() + word.slice(1));
}

/** Words for kin and sex in a role that say which pronoun the text uses (`a mother of three`, `the man on trial`). */
export const PRONOUN_WORDS = new Map<string, 'he' | 'she'>([
  ...[...words('mother wife daughter sister grandmother granddaughter widow girl aunt niece actress nun')].map(
    (w) => [w, 'she'] as const,
  ),
  ...[...words('man father husband son brother grandfather grandson widower boy uncle nephew monk')].map(
    (w) => [w, 'he'] as const,
  ),
]);
