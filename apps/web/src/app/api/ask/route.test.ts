// The chat's endpoint refuses abuse before it reads it; what it accepts is tested with the API in
// the browser tests.
import { describe, expect, it } from "vitest";
import { POST } from "./route";

const request = (body: BodyInit, headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/ask", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("POST /api/ask", () => {
  it("refuses a 50 MB body with 413, by its declared length, without reading it", async () => {
    const r = await POST(
      request("{}", { "content-type": "application/json", "content-length": String(50 * 1024 * 1024) }),
    );
    expect(r.status).toBe(413);
    expect(await r.json()).toEqual({ error: "too-large" });
  });

  it("refuses a streamed body once it passes the limit", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 1;
        if (sent > 1_000) c.close();
        else c.enqueue(new TextEncoder().encode(`{"question":"${"x".repeat(60_000)}`));
      },
    });
    const r = await POST(request(stream, { "content-type": "application/json" }));
    expect(r.status).toBe(413);
    expect(sent).toBeLessThan(5);
  });

  it("refuses a cross-site text/plain POST, as a form on another site sends it", async () => {
    const r = await POST(
      request(JSON.stringify({ question: "Can I run Docker on Windows 7?" }), {
        "content-type": "text/plain",
        origin: "https://attacker.example",
        "sec-fetch-site": "cross-site",
      }),
    );
    expect(r.status).toBe(403);
  });

  it("refuses a body that is not JSON, or JSON without a question", async () => {
    expect((await POST(request("question=hi", { "content-type": "application/x-www-form-urlencoded" }))).status).toBe(
      415,
    );
    expect((await POST(request("{nope", { "content-type": "application/json" }))).status).toBe(400);
    expect((await POST(request('{"question":""}', { "content-type": "application/json" }))).status).toBe(400);
  });
});
