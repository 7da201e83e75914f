import { beforeAll, describe, expect, it } from "vitest";
import { postJson } from "../test/http.js";
import { useServer } from "../test/useServer.js";
import { MAX_QUESTION, MAX_SEARCH } from "./query.js";

const server = useServer();
beforeAll(async () => {
  // The first request of a process pays for compiling the code paths: time the ones after it.
  await postJson(server.port, { query: SEARCH, variables: { q: "warm up" } });
});

const SEARCH = "query S($q: String!) { search(query: $q, first: 10) { score entity { slug } fact { id } } }";
const ASK = "query A($q: String!, $h: [String!]) { ask(question: $q, history: $h) { status text } }";
/** One character that NFKC unfolds into eighteen ("صلى الله عليه وسلم"). */
const WIDE = "\uFDFA";
const VOCABULARY = "docker windows hyper-v virtualbox toolbox container linux wsl kernel edition home pro ";

describe("text arguments are measured after normalisation, then limited", () => {
  it("refuses a search of 25 characters that unfold into 450, at once", async () => {
    for (const n of [25, 50]) {
      const r = await postJson(server.port, { query: SEARCH, variables: { q: WIDE.repeat(n) } });
      expect(r.json?.errors?.[0]).toMatchObject({
        message: expect.stringMatching(new RegExp(`longer than ${MAX_SEARCH}`)),
        extensions: { code: "BAD_USER_INPUT" },
      });
      expect(r.ms, `×${n} took 1.1–3.7 s before`).toBeLessThan(500);
    }
  });

  it("answers the longest search allowed quickly, where 500 characters took 1.2–2.1 s", async () => {
    const q = VOCABULARY.repeat(5).slice(0, MAX_SEARCH);
    const r = await postJson(server.port, { query: SEARCH, variables: { q } });
    expect(r.json?.errors).toBeUndefined();
    expect((r.json?.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(750);
  });

  it("still finds names by a short query, with a typo or a missing hyphen", async () => {
    for (const [q, slug] of [
      ["hyperv", "hyper-v"],
      ["tolbox", "docker-toolbox"],
      ["virtualbox", "virtualbox"],
      ["nano server", "nano-server"],
    ] as const) {
      const r = await postJson(server.port, { query: SEARCH, variables: { q } });
      const hits = (r.json?.data as { search: { entity: { slug: string } | null }[] }).search;
      expect(hits[0]?.entity?.slug, q).toBe(slug);
    }
  });

  it("answers a question with a pasted log as long as the limit, from the error in it", async () => {
    const log = [
      "PS C:\\Users\\dev> wsl --install -d Ubuntu",
      "Installing, this may take a few minutes...",
      "WslRegisterDistribution failed with error: 0x80370102",
      "Please enable the Virtual Machine Platform Windows feature and ensure virtualization is enabled in the BIOS.",
      "Press any key to continue...",
    ].join("\n");
    const lead = "Windows 10 Pro 22H2 on a Dell laptop, Docker Desktop will not start, so I tried installing Ubuntu:\n";
    const q = (lead + `${log}\n`.repeat(20)).slice(0, MAX_QUESTION - 30) + "\nwhat should I do?";
    expect(q.length).toBeGreaterThan(MAX_QUESTION - 40);
    const r = await postJson(server.port, { query: ASK, variables: { q } });
    expect(r.json?.errors).toBeUndefined();
    const answer = (r.json?.data as { ask: { status: string; text: string } }).ask;
    expect(answer.status).toBe("ANSWERED");
    expect(answer.text).toMatch(/0x80370102|Virtual Machine Platform/);
    expect(r.ms).toBeLessThan(3_000);
  });

  it("refuses a question or a history turn that unfolds past the limit, naming it", async () => {
    const wide = WIDE.repeat(Math.ceil(MAX_QUESTION / 18) + 1);
    expect(wide.length).toBeLessThan(MAX_QUESTION);
    const r = await postJson(server.port, { query: ASK, variables: { q: wide } });
    expect(r.json?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(new RegExp(`"question" is \\d+ characters long; the limit is ${MAX_QUESTION}$`)),
      extensions: { code: "BAD_USER_INPUT" },
    });
    const h = await postJson(server.port, { query: ASK, variables: { q: "What is WSL 2?", h: [wide] } });
    expect(h.json?.errors?.[0]?.message).toMatch(/"history"/);
  });
});
