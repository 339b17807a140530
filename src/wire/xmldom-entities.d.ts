/** The named entities @xmldom/xmldom knows (its lib/entities.js, which ships no types of its own). */
declare module '@xmldom/xmldom/lib/entities.js' {
  export const HTML_ENTITIES: Readonly<Record<string, string>>;
}
