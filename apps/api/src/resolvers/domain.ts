import type { KbSource } from "@dockerwin/kb";

const DOMAINS = new WeakMap<KbSource, string | null>();

/**
 * A source's host name without `www.`, worked out once per source: parsing a URL costs more than
 * the rest of a source's fields together, and an answer lists a source with every fact it cites.
 * Keyed by the immutable source object, so a new data version starts afresh.
 */
export function domainOf(source: KbSource): string | null {
  let domain = DOMAINS.get(source);
  if (domain === undefined) {
    domain = source.url ? new URL(source.url).hostname.replace(/^www\./, "") : null;
    DOMAINS.set(source, domain);
  }
  return domain;
}
