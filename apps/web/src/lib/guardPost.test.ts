import { describe, expect, it } from "vitest";
import { guardFormPost, guardJsonPost } from "./guardPost";
import { contentSecurityPolicy, newNonce } from "./securityHeaders";
import { siteUrl } from "./siteUrl";

const ORIGIN = "https://kb.example";
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/ask`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);

describe("guardJsonPost", () => {
  it("reads a JSON POST from the site's own pages", async () => {
    const r = await guardJsonPost(post('{"question":"hi"}', { origin: ORIGIN, "sec-fetch-site": "same-origin" }), {
      limit: 1024,
      origin: ORIGIN,
    });
    expect(r).toEqual({ ok: true, body: { question: "hi" } });
  });

  it("refuses a cross-site text/plain POST, as a form on another site would send it", async () => {
    const forged = post('{"question":"hi"}', {
      "content-type": "text/plain",
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(await guardJsonPost(forged, { limit: 1024, origin: ORIGIN })).toMatchObject({ ok: false, status: 403 });
    const sameSiteText = post("{}", { "content-type": "text/plain", "sec-fetch-site": "same-origin" });
    expect(await guardJsonPost(sameSiteText, { limit: 1024, origin: ORIGIN })).toMatchObject({ status: 415 });
    const otherOrigin = post("{}", { origin: "https://evil.example" });
    expect(await guardJsonPost(otherOrigin, { limit: 1024, origin: ORIGIN })).toMatchObject({ status: 403 });
  });

  it("refuses a 50 MB body without buffering it, declared or streamed", async () => {
    const declared = post("{}", { "content-length": String(50 * 1024 * 1024) });
    expect(await guardJsonPost(declared, { limit: 16 * 1024, origin: ORIGIN })).toMatchObject({ status: 413 });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 800) controller.close();
      },
    });
    const streamed = await guardJsonPost(post(endless), { limit: 16 * 1024, origin: ORIGIN });
    expect(streamed).toMatchObject({ ok: false, status: 413 });
    expect(pulled, "stopped reading right past the limit").toBeLessThan(5);
  });

  it("refuses a body that is not JSON", async () => {
    expect(await guardJsonPost(post("{nope"), { limit: 1024, origin: ORIGIN })).toMatchObject({ status: 400 });
  });
});

describe("guardFormPost", () => {
  const form = "application/x-www-form-urlencoded";
  it("reads a plain form's POST from the site's own pages", async () => {
    const r = await guardFormPost(
      post("question=win7%3F&helpful=false", { "content-type": form, origin: ORIGIN, "sec-fetch-site": "same-origin" }),
      { limit: 1024, origin: ORIGIN },
    );
    expect(r.ok && Object.fromEntries(r.body)).toEqual({ question: "win7?", helpful: "false" });
  });

  it("refuses the same form posted from another site, or too large", async () => {
    const forged = post("question=x&helpful=false", { "content-type": form, "sec-fetch-site": "cross-site" });
    expect(await guardFormPost(forged, { limit: 1024, origin: ORIGIN })).toMatchObject({ ok: false, status: 403 });
    const big = post(`question=${"x".repeat(4096)}`, { "content-type": form });
    expect(await guardFormPost(big, { limit: 1024, origin: ORIGIN })).toMatchObject({ ok: false, status: 413 });
    expect(await guardFormPost(post("{}"), { limit: 1024, origin: ORIGIN })).toMatchObject({ status: 415 });
  });
});

describe("site URL and security headers", () => {
  it("builds the site's address from SITE_URL only, never from a javascript: or mistyped value", () => {
    expect(siteUrl("https://kb.example/some/path").href).toBe("https://kb.example/");
    expect(siteUrl("javascript://evil.example/%0aalert(1)").href).toBe("http://localhost:3000/");
    expect(siteUrl("not a url").href).toBe("http://localhost:3000/");
    expect(siteUrl(undefined).origin).toBe("http://localhost:3000");
  });

  it("allows scripts only with the response's nonce, and no framing or plugins", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const csp = contentSecurityPolicy(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy(nonce, true)).toContain("'unsafe-eval'");
  });
});
