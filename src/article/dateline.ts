/**
 * The agency dateline: the place in capitals and the agency, "KIEV (AFP)".
 * On the page and in JSON-LD a dash leads into the story, "KIEV (AFP) –";
 * the social card shows it without.
 */
export function datelineLabel(place: string, agency: string): string {
  return `${place.toUpperCase()} (${agency})`;
}

export function datelineText(place: string, agency: string): string {
  return `${datelineLabel(place, agency)} –`;
}
