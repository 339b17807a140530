/**
 * The English edition's words, in British newspaper style: dates as
 * "Wednesday 1 December 2021", curly quote marks, no serial comma, a count
 * beside a link in figures ("3 stories") and a single one spelled out in a
 * sentence ("one quotation").
 */
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import type { Strings } from './strings.ts';
import { capitalised } from './wording.ts';

export const en = {
  locale: 'en-GB',
  ogLocale: 'en_GB',
  languageName: 'English',
  longDate: (day) => format(day, 'EEEE d MMMM yyyy', { locale: enGB }),
  nouns: {
    story: { one: 'story', other: 'stories', single: 'one story' },
    quote: { one: 'quote', other: 'quotes', single: 'one quote' },
    quotation: { one: 'quotation', other: 'quotations', single: 'one quotation' },
    figure: { one: 'figure', other: 'figures', single: 'one figure' },
    correction: { one: 'correction', other: 'corrections', single: 'one correction' },
  },
  labelled: (label, text) => `${label}: ${text}`,
  quoted: (text) => `“${text}”`,
  nthPage: (name, number, last) => `${name}, page ${number} of ${last}`,

  site: {
    tagline: 'Agency news, carefully presented',
    description: 'World news from the wires, with every quote and figure traced to the text.',
    trustPages: {
      about: 'About us',
      standards: 'Standards',
      corrections: 'Corrections',
      contact: 'Contact',
      accessibility: 'Accessibility',
    },
    skipLink: 'Skip to content',
    searchForm: 'Site search',
    searchField: 'Search the stories',
    searchButton: 'Search',
    footerNav: 'Site',
    frontPage: 'Front page',
    rssFeed: 'RSS feed',
    aboutNav: 'About this site',
  },

  front: {
    heading: (siteName) => `${siteName}: latest stories`,
    olderPage: (number, last) => `Stories, page ${number} of ${last}`,
    noStories: 'No stories yet.',
    moreStories: 'More stories',
  },

  pagination: {
    nav: 'More stories',
    newer: 'Newer stories',
    older: 'Older stories',
    where: (number, last) => `Page ${number} of ${last}`,
  },

  article: {
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    credit: (agencyName, agency, year) =>
      `© ${agencyName} (${agency}) ${year}. Text as filed by the agency; typography adapted for the web.`,
    photoCredit: (credit) => `Photo: ${credit}`,
    source: (name) => `Source: ${name}`,
    moreOn: 'More on this story',
    moreFrom: 'More from',
    topics: 'Topics',
    share: 'Share this story',
    shareBy: 'Share by',
    shareOn: 'Share on',
    email: 'Email',
    related: 'Related stories',
    otherLanguages: 'This story in other languages',
  },

  withdrawn: {
    title: (headline) => `Withdrawn: ${headline}`,
    kicker: 'Withdrawn',
    published: 'Published',
    withdrawnOn: 'Withdrawn',
    note: 'This story was withdrawn.',
  },

  quotes: {
    heading: 'In their words',
    inContext: 'In context',
    contextOf: (speaker, opening) => `: ${speaker}, “${opening}”`,
    contextIn: (opening, headline) => `: “${opening}” in ${headline}`,
    asRole: (role) => `as ${role}`,
  },

  keyFacts: {
    heading: 'Key facts',
    source: (claimant) => `Source: ${claimant}`,
    inTheText: 'In the text',
    whosWho: 'Who’s who',
    referNav: 'Quotes and key facts',
    chartCaption: (unit) => `Claimed ${unit}, compared`,
    chartClaim: 'Claim',
    chartNumber: 'Number',
  },

  lists: {
    placeKicker: 'Stories from',
    topicKicker: 'Topic',
    peopleKicker: 'People',
    placeDescription: (stories, place) => `${capitalised(stories)} from ${place}, newest first.`,
    topicDescription: (stories, topic) => `${capitalised(stories)} on ${topic}, newest first.`,
    byLetter: (title) => `${title} by letter`,
    people: { title: 'People', description: 'Everyone the stories quote or name, by surname, with all they have said.' },
    places: { title: 'Places', description: 'Every place the stories were filed from, and how many stories each has.' },
    topics: { title: 'Topics', description: 'Every topic the stories are tagged with, and how many stories each has.' },
  },

  person: {
    description: (who, quotations, siteName) => `${who}: ${quotations} in ${siteName}’s stories.`,
    identifiedAt: 'Identified at',
    alsoInTheNews: 'Also in the news',
  },

  search: {
    title: 'Search',
    description: 'Search every story’s headline and text, by person, place and topic.',
    filtersForm: 'Search with filters',
    words: 'Words to find',
    person: 'Person',
    place: 'Place',
    topic: 'Topic',
    any: 'Any',
    button: 'Search',
    noScript: {
      lead: 'Search needs JavaScript, which is turned off or blocked in this browser. Every story is also listed by',
      topics: 'topic',
      between: 'and by',
      people: 'the people in it',
      end: '.',
    },
    status: {
      prompt: 'Type a word to find, or choose a person, place or topic.',
      searching: 'Searching…',
      failed: 'Search could not load. Please try again, or browse the topics and people pages.',
      none: 'No stories.',
      noneWith: 'No stories with “{term}”.',
      found: { one: '{count} story, newest first{more}.', other: '{count} stories, newest first{more}.' },
      foundWith: {
        one: '{count} story with “{term}”, newest first{more}.',
        other: '{count} stories with “{term}”, newest first{more}.',
      },
      more: '; the first {shown} are shown',
    },
  },

  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not here.',
    text: 'The page you asked for is not here. It may have moved, or the address may be mistyped.',
    home: 'Go to the front page',
  },

  feeds: {
    listTitle: (siteName, name) => `${siteName}: ${name}`,
    topic: (siteName, name) => `${siteName}: stories on ${name}, newest first.`,
    place: (siteName, name) => `${siteName}: stories from ${name}, newest first.`,
    person: (siteName, name) => `${siteName}: stories that quote or name ${name}, newest first.`,
    rssLink: (title) => `${title} RSS`,
    jsonFeed: (siteName) => `${siteName} JSON Feed`,
  },
} satisfies Strings;
