/**
 * Share links: plain links to each service's own "share" address, carrying
 * the article's canonical URL and headline. Nothing is fetched from those
 * hosts until a reader follows one (no buttons, scripts or counters).
 * Every value is percent-encoded with encodeURIComponent, so a headline's
 * "&", "#", "?" or quotes cannot end a parameter early, and spaces are %20
 * (which mailto: needs; "+" would reach the mail as a plus sign).
 */
export interface ShareTarget {
  /** The service as readers know it: the link's visible text. */
  service: string;
  /** Read before it, for a name that says where the link goes: "Share on WhatsApp". */
  lead: 'Share by' | 'Share on';
  href: string;
}

export function shareTargets(url: string, headline: string): ShareTarget[] {
  const e = encodeURIComponent;
  const withUrl = `${headline} ${url}`;
  return [
    {
      service: 'Email',
      lead: 'Share by',
      // RFC 6068: line breaks in a mailto: body are written %0D%0A.
      href: `mailto:?subject=${e(headline)}&body=${e(headline)}%0D%0A%0D%0A${e(url)}`,
    },
    { service: 'WhatsApp', lead: 'Share on', href: `https://wa.me/?text=${e(withUrl)}` },
    { service: 'Bluesky', lead: 'Share on', href: `https://bsky.app/intent/compose?text=${e(withUrl)}` },
    { service: 'X', lead: 'Share on', href: `https://x.com/intent/post?text=${e(headline)}&url=${e(url)}` },
    { service: 'LinkedIn', lead: 'Share on', href: `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}` },
    { service: 'Facebook', lead: 'Share on', href: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}` },
  ];
}
