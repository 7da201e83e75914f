import { describe, expect, it } from "vitest";
import { postJson } from "../test/http.js";
import { MAX_PASTE } from "../resolvers/errors.js";
import { useServer } from "../test/useServer.js";

const api = useServer();

const MATCH = "query M($text: String!) { matchError(text: $text) { score matchedBy entry { slug } } }";

describe("matchError over HTTP", () => {
  it("matches a WSL error pasted from a terminal", async () => {
    const text = `Installing, this may take a few minutes...
WslRegisterDistribution failed with error: 0x800701bc
Error: 0x800701bc WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel

Press any key to continue...`;
    const r = await postJson(api.port, { query: MATCH, variables: { text } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      data: { matchError: [{ score: 1, matchedBy: "CODE", entry: { slug: "wsl-2-kernel-update-required" } }] },
    });
  });

  it("answers an over-long paste with BAD_USER_INPUT, not a 500 or a hang", async () => {
    const r = await postJson(api.port, { query: MATCH, variables: { text: "0x80370102 ".repeat(MAX_PASTE) } });
    expect(r.status).toBeLessThan(500);
    expect(r.json?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.json?.errors?.[0]?.message).toMatch(/"text" is \d+ characters long; the limit is 4000/);
    expect(r.ms).toBeLessThan(2_000);
  });
});
