/** What Next passes as a page's search parameters. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter, trimmed; undefined when absent or empty. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first ? first : undefined;
}

/** A slug as the API writes them: lower-case letters, digits and hyphens. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function isSlug(value: string | undefined): value is string {
  return value !== undefined && SLUG.test(value);
}
