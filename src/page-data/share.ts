/**
 * Share links: plain links to each service's own "share" address, carrying
 * the article's canonical URL and headline. Nothing is fetched from those
 * hosts until a reader follows one (no buttons, scripts or counters).
 * Every value is percent-encoded with encodeURIComponent, so a headline's
 * "&", "#", "?" or quotes cannot end a parameter early, and spaces are %20
 * (which mailto: needs; "+" would reach the mail as a plus sign).
 * The links' names are the edition's words; the services' are their own.
 */
import type { Strings } from '../editions/strings.ts';

export interface ShareTarget {
  /** The service as readers know it: the link's visible text. */
  service: string;
  /** Read before it, for a name that says where the link goes: "Share on WhatsApp". */
  lead: string;
  href: string;
}

export function shareTargets(url: string, headline: string, strings: Strings): ShareTarget[] {
  const e = encodeURIComponent;
  const { shareBy, shareOn, email } = strings.article;
  const withUrl = `${headline} ${url}`;
  return [
    {
      service: email,
      lead: shareBy,
      // RFC 6068: line breaks in a mailto: body are written %0D%0A.
      href: `mailto:?subject=${e(headline)}&body=${e(headline)}%0D%0A%0D%0A${e(url)}`,
    },
    { service: 'WhatsApp', lead: shareOn, href: `https://wa.me/?text=${e(withUrl)}` },
    { service: 'Bluesky', lead: shareOn, href: `https://bsky.app/intent/compose?text=${e(withUrl)}` },
    { service: 'X', lead: shareOn, href: `https://x.com/intent/post?text=${e(headline)}&url=${e(url)}` },
    { service: 'LinkedIn', lead: shareOn, href: `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}` },
    { service: 'Facebook', lead: shareOn, href: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}` },
  ];
}
