/**
 * The French edition's words, as a French newspaper sets them: « Mis à jour
 * le mercredi 1er décembre 2021 » (the first of the month is « 1er »),
 * guillemets with thin non-breaking spaces inside, a non-breaking space
 * before a colon and a thin one before ; ! and ?, so that none is left
 * alone at the start of a line. A single one is spelled out in a sentence
 * (« une citation »), and 0 and 1 both take the singular (Intl's rule for French).
 */
import { format } from 'date-fns/format';
import { fr as frLocale } from 'date-fns/locale/fr';
import type { Strings } from './strings.ts';
import { capitalised } from './wording.ts';

/** The space before a colon (espace insécable) and before ; ! ? and inside « » (espace fine insécable). */
const NBSP = '\u00A0';
const THIN = '\u202F';

/**
 * "de" before a name, elided before a vowel: « de Kiev », « d’Ankara ». An h
 * is left alone, as most place names' is aspirated (« de Hambourg »).
 */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöûüù]/i.test(name) ? `d’${name}` : `de ${name}`);

export const fr = {
  locale: 'fr-FR',
  ogLocale: 'fr_FR',
  languageName: 'Français',
  longDate: (day) => format(day, day.getDate() === 1 ? "EEEE d'er' MMMM yyyy" : 'EEEE d MMMM yyyy', { locale: frLocale }),
  nouns: {
    story: { one: 'article', other: 'articles', single: 'un article' },
    quote: { one: 'citation', other: 'citations', single: 'une citation' },
    quotation: { one: 'citation', other: 'citations', single: 'une citation' },
    figure: { one: 'chiffre', other: 'chiffres', single: 'un chiffre' },
    correction: { one: 'rectificatif', other: 'rectificatifs', single: 'un rectificatif' },
  },
  labelled: (label, text) => `${label}${NBSP}: ${text}`,
  quoted: (text) => `«${THIN}${text}${THIN}»`,
  nthPage: (name, number, last) => `${name}, page ${number} sur ${last}`,

  site: {
    tagline: 'L’actualité des agences, présentée avec soin',
    description: 'L’actualité internationale des agences de presse, chaque citation et chaque chiffre rapportés au texte.',
    trustPages: {
      about: 'Qui sommes-nous',
      standards: 'Nos principes',
      corrections: 'Rectificatifs',
      contact: 'Nous contacter',
      accessibility: 'Accessibilité',
    },
    skipLink: 'Aller au contenu',
    searchForm: 'Recherche sur le site',
    searchField: 'Rechercher dans les articles',
    searchButton: 'Rechercher',
    footerNav: 'Le site',
    frontPage: 'À la une',
    rssFeed: 'Flux RSS',
    aboutNav: 'À propos du site',
  },

  front: {
    heading: (siteName) => `${siteName}${NBSP}: les derniers articles`,
    olderPage: (number, last) => `Articles, page ${number} sur ${last}`,
    noStories: 'Aucun article pour le moment.',
    moreStories: 'Les autres articles',
  },

  pagination: {
    nav: 'Autres articles',
    newer: 'Articles plus récents',
    older: 'Articles plus anciens',
    where: (number, last) => `Page ${number} sur ${last}`,
  },

  article: {
    by: 'Par',
    published: 'Publié le',
    updated: 'Mis à jour le',
    credit: (agencyName, agency, year) =>
      `© ${agencyName} (${agency}) ${year}. Texte tel que transmis par l’agence${THIN}; typographie adaptée pour le web.`,
    photoCredit: (credit) => `Photo${NBSP}: ${credit}`,
    source: (name) => `Source${NBSP}: ${name}`,
    moreOn: 'Pour aller plus loin',
    moreFrom: 'Autres articles depuis',
    topics: 'Thèmes',
    share: 'Partager cet article',
    shareBy: 'Partager par',
    shareOn: 'Partager sur',
    email: 'E-mail',
    related: 'Sur le même sujet',
    otherLanguages: 'Cet article dans d’autres langues',
  },

  withdrawn: {
    title: (headline) => `Article retiré${NBSP}: ${headline}`,
    kicker: 'Article retiré',
    published: 'Publié le',
    withdrawnOn: 'retiré le',
    note: 'Cet article a été retiré.',
  },

  quotes: {
    heading: 'Ils ont dit',
    inContext: 'Dans son contexte',
    contextOf: (speaker, opening) => `${NBSP}: ${speaker}, «${THIN}${opening}${THIN}»`,
    contextIn: (opening, headline) => `${NBSP}: «${THIN}${opening}${THIN}» dans ${headline}`,
    asRole: (role) => `en tant que ${role}`,
  },

  keyFacts: {
    heading: 'Repères',
    source: (claimant) => `Source${NBSP}: ${claimant}`,
    inTheText: 'Dans le texte',
    whosWho: 'Qui est qui',
    referNav: 'Citations et repères',
    chartCaption: (unit) => `Les chiffres avancés comparés (${unit})`,
    chartClaim: 'Affirmation',
    chartNumber: 'Chiffre',
  },

  lists: {
    placeKicker: 'Lieu',
    topicKicker: 'Thème',
    peopleKicker: 'Personnalités',
    placeDescription: (stories, place) => `${place}${NBSP}: ${stories}, du plus récent au plus ancien.`,
    topicDescription: (stories, topic) => `${capitalised(topic)}${NBSP}: ${stories}, du plus récent au plus ancien.`,
    byLetter: (title) => `${title} par ordre alphabétique`,
    people: {
      title: 'Personnalités',
      description:
        'Toutes les personnes citées ou nommées dans les articles, par nom de famille, avec tout ce qu’elles ont déclaré.',
    },
    places: {
      title: 'Lieux',
      description: 'Tous les lieux d’où les articles ont été transmis, avec le nombre d’articles de chacun.',
    },
    topics: {
      title: 'Thèmes',
      description: 'Tous les thèmes des articles, avec le nombre d’articles de chacun.',
    },
  },

  person: {
    description: (who, quotations, siteName) => `${who}${NBSP}: ${quotations} dans les articles ${de(siteName)}.`,
    identifiedAt: 'Voir aussi',
    alsoInTheNews: 'Également dans l’actualité',
  },

  search: {
    title: 'Recherche',
    description: 'Rechercher dans le titre et le texte de chaque article, par personne, lieu et thème.',
    filtersForm: 'Recherche avec filtres',
    words: 'Mots à chercher',
    person: 'Personne',
    place: 'Lieu',
    topic: 'Thème',
    any: 'Indifférent',
    button: 'Rechercher',
    noScript: {
      lead: 'La recherche a besoin de JavaScript, désactivé ou bloqué dans ce navigateur. Tous les articles sont aussi classés par',
      topics: 'thème',
      between: 'et par',
      people: 'personnalité citée',
      end: '.',
    },
    status: {
      prompt: 'Saisissez un mot à chercher, ou choisissez une personne, un lieu ou un thème.',
      searching: 'Recherche en cours…',
      failed: 'La recherche n’a pas pu se charger. Réessayez, ou parcourez les pages des thèmes et des personnalités.',
      none: 'Aucun article ne correspond.',
      noneWith: `Aucun article ne correspond à «${THIN}{term}${THIN}».`,
      found: {
        one: '{count} article trouvé, du plus récent au plus ancien{more}.',
        other: '{count} articles trouvés, du plus récent au plus ancien{more}.',
      },
      foundWith: {
        one: `{count} article trouvé pour «${THIN}{term}${THIN}», du plus récent au plus ancien{more}.`,
        other: `{count} articles trouvés pour «${THIN}{term}${THIN}», du plus récent au plus ancien{more}.`,
      },
      more: `${THIN}; les {shown} premiers sont affichés`,
    },
  },

  notFound: {
    title: 'Page introuvable',
    description: 'La page demandée n’existe pas.',
    text: 'La page demandée n’existe pas à cette adresse. Elle a peut-être été déplacée, ou l’adresse comporte une erreur.',
    home: 'Retour à la une',
  },

  feeds: {
    listTitle: (siteName, name) => `${siteName}${NBSP}: ${name}`,
    topic: (siteName, name) => `${siteName}${NBSP}: les articles sur le thème ${name}, du plus récent au plus ancien.`,
    place: (siteName, name) => `${siteName}${NBSP}: les articles datés ${de(name)}, du plus récent au plus ancien.`,
    person: (siteName, name) => `${siteName}${NBSP}: les articles qui citent ou nomment ${name}, du plus récent au plus ancien.`,
    rssLink: (title) => `${title} (flux RSS)`,
    jsonFeed: (siteName) => `${siteName} (flux JSON Feed)`,
  },
} satisfies Strings;
