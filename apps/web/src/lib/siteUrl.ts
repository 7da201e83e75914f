/**
 * The site's public address, from SITE_URL only. Canonical links, hreflang alternates and og:url
 * are built on it; never on Host or X-Forwarded-*, which any client can write (a forged
 * `X-Forwarded-Host` would otherwise put another site, or `javascript://…`, into the page).
 */
export function siteUrl(value: string | undefined = process.env.SITE_URL): URL {
  if (value) {
    try {
      const url = new URL(value);
      if (url.protocol === "https:" || url.protocol === "http:") return new URL(url.origin);
    } catch {
      // Fall through: a mistyped SITE_URL must not take the pages down.
    }
  }
  // Where `npm start` serves it when SITE_URL does not say: the dev and test default.
  return new URL(`http://localhost:${Number(process.env.WEB_PORT) || 3000}`);
}
