// Every operation the web app sends, run against the real, built API (apps/api/dist, started on a
// free port): each must pass the API's validation (schema, depth, cost) and return data.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { execute } from "./client";
import { AskDocument } from "./operations/ask";
import { CompareDocument } from "./operations/compare";
import { CompareRelationsDocument } from "./operations/compareRelations";
import { yesNoRows } from "../lib/yesNoRows";
import { CompatibilityDocument } from "./operations/compatibility";
import { EntitiesDocument } from "./operations/entities";
import { EntityDocument, EntityExistsDocument, type EntityDetail } from "./operations/entity";
import { EventsDocument } from "./operations/events";
import { MatchErrorDocument } from "./operations/matchError";
import { SubmitFeedbackDocument } from "./operations/feedback";
import { SearchDocument } from "./operations/search";
import { StatsDocument } from "./operations/stats";

const API_MAIN = fileURLToPath(new URL("../../../api/dist/main.js", import.meta.url));
let api: ChildProcess | undefined;
/** Where the API keeps the feedback these tests send: a directory of their own. */
const dataDir = mkdtempSync(join(tmpdir(), "web-operations-"));
const saved = process.env.API_URL;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run npm run build -w @dockerwin/api first`);
  const port = await freePort();
  api = spawn(process.execPath, [API_MAIN], {
    env: { ...process.env, API_PORT: String(port), DATA_DIR: dataDir },
    stdio: "ignore",
  });
  const health = `http://127.0.0.1:${port}/health`;
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(health).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  process.env.API_URL = `http://127.0.0.1:${port}/graphql`;
}, 60_000);

afterAll(() => {
  process.env.API_URL = saved;
  if (api?.pid) process.kill(api.pid, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the web app's GraphQL operations", () => {
  it("ask: a yes/no question, a follow-up with history, and an off-topic one", async () => {
    const first = await execute(AskDocument, { question: "Does Windows 7 support Hyper-V?", history: [] });
    expect(first.ask.verdict).toBe("NO");
    expect(first.ask.facts.length).toBeGreaterThan(0);
    expect(first.ask.facts[0]?.sources.length).toBeGreaterThan(0);
    const next = await execute(AskDocument, {
      question: "What about Windows 10 Pro?",
      history: ["Does Windows 7 support Hyper-V?"],
    });
    expect(next.ask.verdict).toBe("YES");
    expect(next.ask.interpretation.edition).toBe("pro");
    const off = await execute(AskDocument, { question: "<img src=x onerror=alert(1)>", history: [] });
    expect(off.ask.status).toBe("NOT_FOUND");
    expect(off.ask.followUps.length).toBeGreaterThan(0);
  });

  it("ask: nested text follows the question's language", async () => {
    const data = await execute(AskDocument, { question: "Windows 7 支援 Hyper-V 嗎？", history: [] });
    expect(data.ask.language).toBe("ZH_HANT");
    expect(data.ask.facts[0]?.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it("search finds entries and facts, typos allowed", async () => {
    const data = await execute(SearchDocument, { query: "hyperv", first: 8, language: "EN" });
    expect(data.search.some((h) => h.entity?.slug === "hyper-v")).toBe(true);
  });

  it("events, filtered and paged", async () => {
    const all = await execute(EventsDocument, { first: 100, language: "ZH_HANS" });
    expect(all.events.nodes.filter((e) => e.milestone)).toHaveLength(4);
    const some = await execute(EventsDocument, {
      first: 100,
      from: "2016",
      to: "2016",
      topic: "release",
      language: "EN",
    });
    expect(some.events.nodes.every((e) => e.date.startsWith("2016") && e.topics.includes("release"))).toBe(true);
  });

  it("compare, with every cell's facts; an unknown slug is invalid", async () => {
    const data = await execute(CompareDocument, {
      slugs: ["hyper-v", "virtualbox", "vmware-workstation"],
      language: "EN",
    });
    expect(data.compare.entities.map((e) => e.slug)).toEqual(["hyper-v", "virtualbox", "vmware-workstation"]);
    expect(data.compare.rows.some((r) => r.differs)).toBe(true);
    await expect(execute(CompareDocument, { slugs: ["hyper-v", "no-such-thing"], language: "EN" })).rejects.toSatisfy(
      (e: unknown) => e instanceof ApiError && e.kind === "invalid",
    );
  });

  it("the compared entries' relations give the yes/no rows: Hyper-V only on some editions", async () => {
    const slugs = ["hyper-v", "virtualbox", "vmware-workstation"];
    const compared = await Promise.all(
      slugs.map(async (slug) => {
        const data = await execute(CompareRelationsDocument, { slug, language: "EN" });
        return { slug, relations: data.entity?.relations.nodes ?? [] };
      }),
    );
    const rows = yesNoRows(compared);
    const home = rows.find((r) => r.kind === "edition" && r.edition?.name === "Windows 10 Home");
    expect(home?.cells[0]?.verdict).toBe("NO");
    expect(home?.cells[0]?.facts.length).toBeGreaterThan(0);
    const alongside = rows.find((r) => r.kind === "alongside" && r.subject?.slug === "hyper-v");
    expect(alongside?.cells[0]?.itself).toBe(true);
    expect(alongside?.cells.slice(1).map((c) => c.verdict)).not.toContain(null);
  });

  it("the compatibility matrix with its setups and releases", async () => {
    const data = await execute(CompatibilityDocument, { language: "ZH_HANT" });
    expect(data.setups.length).toBeGreaterThan(0);
    const row = data.compatibilityMatrix[0];
    expect(row?.cells).toHaveLength(data.setups.length);
  });

  it("an entity page's query stays within the API's cost limit, for the entries with the most data", async () => {
    for (const slug of ["hyper-v", "windows-10", "docker-desktop", "microsoft", "windows-containers"]) {
      const data = await execute(EntityDocument, { slug, language: "EN" });
      expect(data.entity?.slug, slug).toBe(slug);
    }
    const windows10: EntityDetail | null = (await execute(EntityDocument, { slug: "windows-10", language: "EN" }))
      .entity;
    expect(windows10?.releases?.length).toBeGreaterThan(0);
    const missing = await execute(EntityExistsDocument, { slug: "no-such-thing", language: "EN" });
    expect(missing.entity).toBeNull();
  });

  it("entities and stats", async () => {
    const data = await execute(EntitiesDocument, { first: 100, language: "EN" });
    expect(data.entities.nodes.length).toBeGreaterThan(10);
    const stats = await execute(StatsDocument, {});
    expect(stats.stats.facts).toBeGreaterThan(0);
  });

  it("matchError finds the entry of a pasted error code, with its fix and sources", async () => {
    const data = await execute(MatchErrorDocument, {
      text: "WslRegisterDistribution failed with error: 0x80370102",
      language: "ZH_HANS",
    });
    const best = data.matchError[0];
    expect(best?.matchedBy).toBe("CODE");
    expect(best?.entry.fix.length).toBeGreaterThan(0);
    expect(best?.entry.cause).toMatch(/[\u4e00-\u9fff]/);
    expect(best?.entry.sources.length).toBeGreaterThan(0);
  });

  it("submitFeedback stores a judgement and refuses a comment past its bound", async () => {
    const input = { question: "Can I run Docker on Windows 7?", history: [], helpful: false, comment: "Too short." };
    const data = await execute(SubmitFeedbackDocument, { input: { ...input, status: "ANSWERED", language: "EN" } });
    expect(data.submitFeedback.id).toBeTruthy();
    expect(Number.isNaN(Date.parse(data.submitFeedback.receivedAt))).toBe(false);
    await expect(execute(SubmitFeedbackDocument, { input: { ...input, comment: "x".repeat(1001) } })).rejects.toSatisfy(
      (e: unknown) => e instanceof ApiError && e.kind === "invalid",
    );
  });

  it("reports an API that cannot be reached as unavailable", async () => {
    const url = process.env.API_URL;
    process.env.API_URL = "http://127.0.0.1:9/graphql";
    try {
      await expect(execute(StatsDocument, {})).rejects.toSatisfy(
        (e: unknown) => e instanceof ApiError && e.kind === "unavailable",
      );
    } finally {
      process.env.API_URL = url;
    }
  });
});
