/** What a test needs of one HTTP response, and how long it took. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  ms: number;
}

export interface Send {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** How long to wait for the whole response before giving up (default 5 s: a hang is a failure). */
  timeoutMs?: number;
}

/** Sends one request to a server started on port 0. */
export async function send(port: number, r: Send = {}): Promise<Reply> {
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${r.path ?? "/graphql"}`, {
    method: r.method ?? (r.body === undefined ? "GET" : "POST"),
    headers: r.headers ?? {},
    ...(r.body === undefined ? {} : { body: r.body }),
    signal: AbortSignal.timeout(r.timeoutMs ?? 5_000),
  });
  const text = await res.text();
  let json: Reply["json"];
  try {
    json = JSON.parse(text) as Reply["json"];
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, ms: performance.now() - t0 };
}

/** A POST of a GraphQL request as JSON, as most clients send it. */
export const postJson = (port: number, payload: unknown, headers: Record<string, string> = {}) =>
  send(port, { body: JSON.stringify(payload), headers: { "content-type": "application/json", ...headers } });

/** A GET of a GraphQL request; Apollo's CSRF prevention wants the preflight header on it. */
export function get(port: number, params: Record<string, string>, headers: Record<string, string> = {}) {
  return send(port, {
    path: `/graphql?${new URLSearchParams(params).toString()}`,
    headers: { "apollo-require-preflight": "true", ...headers },
  });
}
