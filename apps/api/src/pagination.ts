import { badInput } from "./errors.js";

export const MAX_PAGE = 100;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

function decode(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m) throw badInput(`"after" is not a cursor this API returned: ${JSON.stringify(cursor.slice(0, 40))}`);
  return Number(m[1]) + 1;
}

/** A cursor page over a list, with `first` bounded as GitHub bounds it (1 to 100). */
export function paginate<T>(
  items: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
): Connection<T> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw badInput(`"first" must be between 1 and ${MAX_PAGE}, got ${size}`);
  }
  const start = after ? decode(after) : 0;
  const page = items.slice(start, start + size);
  const edges = page.map((node, i) => ({ cursor: encode(start + i), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: start + size < items.length,
      // Relay's connection spec: forward pagination may say whether anything lies before `after`.
      hasPreviousPage: start > 0 && items.length > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
