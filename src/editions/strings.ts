/**
 * What an edition's words are: every word the site prints around the
 * agency's copy (its chrome), in one language. The copy itself is never
 * translated; the labels, headings, notices, links' names and the words
 * screen readers hear are. Each language's file (en.ts, fr.ts) fills this
 * shape, so a language missing a word fails the type check. A string that
 * takes values (a count, a name, a date) is a function, because word order
 * and typography are the language's: French sets a space before a colon.
 */

import type { TrustSlug } from '../site.config.ts';

/** The things the pages count. */
export type Noun = 'story' | 'quote' | 'quotation' | 'figure' | 'correction';

/**
 * The search page's status line. Its script writes it in the reader's browser
 * (src/client/search.ts), so it gets these as data, not functions: it fills in
 * {count} and {shown} (numbers in the edition's locale) and {term} (the words
 * sought), {more} with `more` when only the first results are shown, and picks
 * a count's sentence by Intl's plural rule for the count ("one", else "other").
 */
export interface SearchStatus {
  prompt: string;
  searching: string;
  failed: string;
  /** Nothing found for filters alone, and for words: "No stories with “{term}”." */
  none: string;
  noneWith: string;
  /** "{count} stories, newest first{more}.", and with words: "{count} stories with “{term}”, newest first{more}." */
  found: { one: string; other: string };
  foundWith: { one: string; other: string };
  more: string;
}

/** A noun's forms: for one (Intl's plural rule "one"), for any other number, and one spelled out in a sentence. */
export interface NounForms {
  one: string;
  other: string;
  /** "one quotation": how a sentence says a single one. */
  single: string;
}

export interface Strings {
  /** The locale of the edition's dates, numbers, lists and sorting (Intl): "en-GB". */
  locale: string;
  /** Open Graph's form of it: "en_GB". */
  ogLocale: string;
  /** The language's name in itself, as a link to a story's version in it reads: "English", "Français". */
  languageName: string;
  /** The reader's form of a day, which is already the article's own: "Wednesday 1 December 2021". */
  longDate: (day: Date) => string;
  nouns: Record<Noun, NounForms>;
  /** A label and what it labels: "Source: AFP"; with no label, what follows a date or a link: ": text". */
  labelled: (label: string, text: string) => string;
  /** A quotation's words in the edition's quote marks: “…”. */
  quoted: (text: string) => string;
  /** Where a page is among a list's pages, after its name: "Kiev, page 2 of 3". */
  nthPage: (name: string, number: number, last: number) => string;

  site: {
    /** Under the site's name in the masthead, and in the front page's title. */
    tagline: string;
    /** What the site is, in the footer, the front page's description and the site's feeds. */
    description: string;
    /** The footer's links to the pages about the site. */
    trustPages: Record<TrustSlug, string>;
    skipLink: string;
    /** The masthead's search form, its field and its button. */
    searchForm: string;
    searchField: string;
    searchButton: string;
    footerNav: string;
    frontPage: string;
    rssFeed: string;
    aboutNav: string;
  };

  front: {
    /** The front page's heading, for screen readers: "The Dispatch: latest stories". */
    heading: (siteName: string) => string;
    /** An older page's title: "Stories, page 2 of 5". */
    olderPage: (number: number, last: number) => string;
    noStories: string;
    moreStories: string;
  };

  pagination: {
    nav: string;
    newer: string;
    older: string;
    where: (number: number, last: number) => string;
  };

  article: {
    /** The byline's first word: "By Almut Kipp, dpa". */
    by: string;
    published: string;
    updated: string;
    /** The line under the story: who filed it and what the site did to it. */
    credit: (agencyName: string, agency: string, year: string) => string;
    photoCredit: (credit: string) => string;
    /** The social card's credit line: "Source: Agence France-Presse". */
    source: (name: string) => string;
    moreOn: string;
    moreFrom: string;
    topics: string;
    share: string;
    /** The hidden words before a share link's service: "Share by Email", "Share on X". */
    shareBy: string;
    shareOn: string;
    email: string;
    related: string;
    /** The links to the story's versions in other languages, for screen readers. */
    otherLanguages: string;
  };

  withdrawn: {
    /** The page title: "Withdrawn: headline". */
    title: (headline: string) => string;
    /** The kicker above the headline. */
    kicker: string;
    /** The dates' labels: "Published … · Withdrawn …". */
    published: string;
    withdrawnOn: string;
    /** The kill's entry in the record of corrections. */
    note: string;
  };

  quotes: {
    heading: string;
    inContext: string;
    /** A pull quote's link, for screen readers: ": Speaker, “We must…”". */
    contextOf: (speaker: string, opening: string) => string;
    /** A person page's quote link, for screen readers: ": “We must…” in Headline". */
    contextIn: (opening: string, headline: string) => string;
    /** The role a person had in one story, when it changed between stories. */
    asRole: (role: string) => string;
  };

  keyFacts: {
    heading: string;
    source: (claimant: string) => string;
    inTheText: string;
    whosWho: string;
    /** The refer under the lede, its name for screen readers. */
    referNav: string;
    chartCaption: (unit: string) => string;
    chartClaim: string;
    chartNumber: string;
  };

  lists: {
    placeKicker: string;
    topicKicker: string;
    peopleKicker: string;
    /** A place's or a topic's description, given its count in prose ("one story"): "One story from Kiev, newest first." */
    placeDescription: (stories: string, place: string) => string;
    topicDescription: (stories: string, topic: string) => string;
    /** An index's letters, for screen readers: "People by letter". */
    byLetter: (title: string) => string;
    people: { title: string; description: string };
    places: { title: string; description: string };
    topics: { title: string; description: string };
  };

  person: {
    /** "Name, role: 3 quotations in The Dispatch’s stories." */
    description: (who: string, quotations: string, siteName: string) => string;
    identifiedAt: string;
    alsoInTheNews: string;
  };

  search: {
    title: string;
    description: string;
    filtersForm: string;
    words: string;
    person: string;
    place: string;
    topic: string;
    any: string;
    button: string;
    /** Without JavaScript: the notice, read straight through: lead, the topics link, between, the people link, end. */
    noScript: { lead: string; topics: string; between: string; people: string; end: string };
    status: SearchStatus;
  };

  notFound: {
    title: string;
    description: string;
    text: string;
    home: string;
  };

  feeds: {
    /** A list's feed: "The Dispatch: NATO", and what it holds. */
    listTitle: (siteName: string, name: string) => string;
    topic: (siteName: string, name: string) => string;
    place: (siteName: string, name: string) => string;
    person: (siteName: string, name: string) => string;
    rssLink: (title: string) => string;
    jsonFeed: (siteName: string) => string;
  };
}
