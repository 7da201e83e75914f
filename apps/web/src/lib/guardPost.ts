export type Guarded<T> = { ok: true; body: T } | { ok: false; status: number; error: string };

export interface GuardOptions {
  /** Largest body accepted, in bytes. */
  limit: number;
  /** The site's origin (from SITE_URL); when set, requests whose Origin differs are refused. */
  origin?: string;
}

/**
 * Reads a JSON POST from this site's own pages, refusing before it buffers anything it should not:
 * a body larger than `limit` (by Content-Length, then by counting the stream), a type other than
 * JSON, and a request that a browser says comes from another site (Sec-Fetch-Site, Origin).
 */
export async function guardJsonPost(request: Request, opts: GuardOptions): Promise<Guarded<unknown>> {
  const read = await guardPost(request, opts, "application/json");
  if (!read.ok) return read;
  try {
    return { ok: true, body: JSON.parse(read.body) as unknown };
  } catch {
    return { ok: false, status: 400, error: "invalid" };
  }
}

/**
 * Reads a plain HTML form's POST (application/x-www-form-urlencoded) from this site's own pages,
 * with the same refusals as guardJsonPost: the way in for pages used without JavaScript.
 */
export async function guardFormPost(request: Request, opts: GuardOptions): Promise<Guarded<URLSearchParams>> {
  const read = await guardPost(request, opts, "application/x-www-form-urlencoded");
  return read.ok ? { ok: true, body: new URLSearchParams(read.body) } : read;
}

/** The type of a request's body, without its parameters. */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

async function guardPost(request: Request, opts: GuardOptions, type: string): Promise<Guarded<string>> {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return { ok: false, status: 403, error: "cross-site" };
  const origin = request.headers.get("origin");
  if (origin && opts.origin && origin !== opts.origin) return { ok: false, status: 403, error: "cross-site" };
  if (mediaTypeOf(request) !== type) return { ok: false, status: 415, error: "unsupported-media-type" };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > opts.limit) return { ok: false, status: 413, error: "too-large" };
  if (!request.body) return { ok: false, status: 400, error: "invalid" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > opts.limit) {
      await reader.cancel();
      return { ok: false, status: 413, error: "too-large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return { ok: true, body: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, error: "invalid" };
  }
}
