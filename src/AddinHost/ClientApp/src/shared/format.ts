// Formatting shared by the web app and the pane.

/** Up to two initials for an avatar: "Ana María López" → "AL", "ops" → "O". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** The time now in an IANA zone ("Europe/London" → "09:14"), or null when the zone is unknown. */
export function timeIn(timeZoneId: string, now: Date = new Date(), locale?: string): string | null {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: timeZoneId, hour: '2-digit', minute: '2-digit' }).format(now);
  } catch {
    return null;
  }
}

/**
 * An enum name from the API as words: "HighNetWorthSpecialist" → "High net worth specialist",
 * "ESGAnalyst" → "ESG analyst". Text that is not a single PascalCase word is returned unchanged.
 */
export function humanize(value: string): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(value)) return value;
  const words = value
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(' ');
  return words.map((word, i) => (i === 0 || /^[A-Z0-9]+$/.test(word) ? word : word.toLowerCase())).join(' ');
}

/** A postal address as the API gives it. */
export interface PostalAddress {
  kind: string;
  line1: string;
  line2: string | null;
  line3: string | null;
  city: string;
  region: string | null;
  postcode: string | null;
  countryCode: string;
}

/** A postal address as lines, the way it goes on an envelope. */
export function addressLines(a: PostalAddress): string[] {
  return [a.line1, a.line2, a.line3, [a.postcode, a.city].filter(Boolean).join(' '), [a.region, a.countryCode].filter(Boolean).join(', ')]
    .filter((line): line is string => !!line && line.trim() !== '');
}
