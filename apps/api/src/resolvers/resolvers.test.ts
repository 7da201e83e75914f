import { describe, expect, it } from "vitest";
import { codes, HAN, ok, testContext, useInProcess } from "../test/inProcess.js";
import { toGlobalId } from "../ids.js";
import { MAX_HISTORY, MAX_QUESTION } from "./query.js";

const run = useInProcess();

/** The error of a result that must fail with BAD_USER_INPUT, for its message to be checked. */
async function badInput(query: string, variables?: Record<string, unknown>): Promise<string> {
  const r = await run(query, variables);
  expect(codes(r), JSON.stringify(r.errors)).toEqual(["BAD_USER_INPUT"]);
  return r.errors![0]!.message;
}

interface Named {
  slug: string;
  name: string;
}

describe("entity", () => {
  it("finds an entity by slug, with name and summary in each language", async () => {
    const { entity } = ok(
      await run<{ entity: Record<string, string> }>(`{
        entity(slug: "microsoft") {
          slug kind
          en: name nameEn: name(language: EN) hans: name(language: ZH_HANS) hant: name(language: ZH_HANT)
          summary hansSummary: summary(language: ZH_HANS) hantSummary: summary(language: ZH_HANT)
        }
      }`),
    );
    expect(entity).toMatchObject({ slug: "microsoft", kind: "COMPANY", en: "Microsoft", nameEn: "Microsoft" });
    expect(entity.hans).toBe("微软");
    expect(entity.hant).toBe("微軟");
    expect(entity.summary).toMatch(/Microsoft/);
    expect(entity.hansSummary).toMatch(HAN);
    expect(entity.hantSummary).toMatch(HAN);
    expect(entity.hansSummary).not.toBe(entity.hantSummary);
  });

  it("gives each alias its language, judged from its script, in the order of aliases", async () => {
    type Alias = { text: string; lang: string | null };
    const { entity } = ok(
      await run<{ entity: { aliases: string[]; aliasNames: Alias[] } }>(
        `{ entity(slug: "cgroups") { aliases aliasNames { text lang } } }`,
      ),
    );
    expect(entity.aliasNames.map((a) => a.text)).toEqual(entity.aliases);
    const lang = (text: string) => entity.aliasNames.find((a) => a.text === text)?.lang;
    expect(lang("control groups")).toBe("en");
    expect(lang("控制組")).toBe("zh-Hant");
    expect(lang("控制组")).toBe("zh-Hans");
    for (const a of entity.aliasNames) expect(a.lang?.startsWith("zh") ?? false, a.text).toBe(HAN.test(a.text));
  });

  it("returns null for a slug it does not know", async () => {
    expect(ok(await run(`{ entity(slug: "windows-99") { slug } }`))).toEqual({ entity: null });
  });

  it("resolves the concrete type, with the fields only that type has", async () => {
    const { entity } = ok(
      await run<{ entity: { __typename: string; editions: { id: string }[] } }>(
        `{ entity(slug: "windows-10") { __typename ... on OperatingSystem { editions { id } } } }`,
      ),
    );
    expect(entity.__typename).toBe("OperatingSystem");
    expect(entity.editions.map((e) => e.id)).toContain("home");
  });

  it("answers nested fields in the language of the query above them", async () => {
    const { entities } = ok(
      await run<{
        entities: {
          nodes: { name: string; en: string; facts: { text: string }[]; relations: { nodes: { entity: Named }[] } }[];
        };
      }>(`{
        entities(kind: COMPANY, first: 10, language: ZH_HANT) {
          nodes { name en: name(language: EN) facts { text } relations(first: 5) { nodes { entity { slug name } } } }
        }
      }`),
    );
    const microsoft = entities.nodes.find((n) => n.en === "Microsoft")!;
    expect(microsoft.name).toBe("微軟");
    expect(microsoft.facts.length).toBeGreaterThan(0);
    for (const f of microsoft.facts) expect(f.text).toMatch(HAN);
    expect(microsoft.relations.nodes.length).toBeGreaterThan(0);
    for (const { entity } of microsoft.relations.nodes) {
      expect(entity.name).toBe(testContext().graph.entity(entity.slug)!.name["zh-Hant"]);
    }

    const { timeline } = ok(
      await run<{ timeline: { title: string; entities: Named[] }[] }>(
        `{ timeline(entity: "microsoft", language: ZH_HANS) { title entities { slug name } } }`,
      ),
    );
    expect(timeline.length).toBeGreaterThan(0);
    for (const ev of timeline) expect(ev.title).toMatch(HAN);
    const named = timeline.flatMap((ev) => ev.entities).find((e) => e.slug === "microsoft");
    expect(named?.name).toBe("微软");
  });
});

describe("entities", () => {
  const PAGE = `query Page($kind: EntityKind, $first: Int, $after: String) {
    entities(kind: $kind, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug kind } } nodes { slug }
    }
  }`;
  interface Page {
    entities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { slug: string; kind: string } }[];
      nodes: { slug: string }[];
    };
  }

  it("keeps only the kind asked for", async () => {
    const { entities } = ok(await run<Page>(PAGE, { kind: "HYPERVISOR", first: 100 }));
    expect(entities.edges.every((e) => e.node.kind === "HYPERVISOR")).toBe(true);
    expect(entities.nodes.map((n) => n.slug)).toEqual(
      expect.arrayContaining(["hyper-v", "virtualbox", "vmware-workstation"]),
    );
    expect(entities.totalCount).toBe(entities.nodes.length);
    expect(entities.pageInfo.hasNextPage).toBe(false);
  });

  it("pages through every entity with first and after, without gaps or repeats", async () => {
    const all = ok(await run<Page>(PAGE, { first: 100 })).entities;
    expect(all.totalCount).toBe(testContext().graph.stats().entities);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const { entities }: Page = ok(await run<Page>(PAGE, { first: 7, after }));
      expect(entities.nodes.length).toBeLessThanOrEqual(7);
      expect(entities.totalCount).toBe(all.totalCount);
      seen.push(...entities.nodes.map((n) => n.slug));
      if (!entities.pageInfo.hasNextPage) break;
      expect(entities.pageInfo.endCursor).toBe(entities.edges.at(-1)!.cursor);
      after = entities.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.slug));
  });

  it("refuses a page larger than 100, or smaller than 1, and a cursor it did not make", async () => {
    expect(await badInput(PAGE, { first: 101 })).toMatch(/100/);
    await badInput(PAGE, { first: 0 });
    await badInput(PAGE, { first: 5, after: "not-a-cursor" });
    await badInput(`{ entity(slug: "hyper-v") { relations(first: 1000) { totalCount } } }`);
    await badInput(`{ entity(slug: "hyper-v") { events(first: 101) { totalCount } } }`);
    await badInput(`{ claims(first: 101) { totalCount } }`);
    await badInput(`{ events(first: 101) { totalCount } }`);
    await badInput(`{ search(query: "docker", first: 101) { score } }`);
  });
});

describe("node and nodes", () => {
  it("fetches an entity, a fact, an event and a claim by the IDs the API gave them", async () => {
    const data = ok(
      await run<{
        entity: { id: string; facts: { id: string }[]; claims: { id: string }[] };
        timeline: { id: string; title: string }[];
      }>(`{
        entity(slug: "docker-toolbox") { id facts { id } claims { id } }
        timeline(entity: "docker-toolbox") { id title }
      }`),
    );
    const ids = [data.entity.id, data.entity.facts[0]!.id, data.timeline[0]!.id, data.entity.claims[0]!.id];
    expect(new Set(ids).size).toBe(4);
    const one = async (id: string) =>
      ok(
        await run<{ node: { __typename: string; id: string } & Record<string, unknown> }>(
          `query N($id: ID!) { node(id: $id) { __typename id ... on Entity { slug } ... on Event { title } } }`,
          { id },
        ),
      ).node;
    expect(await one(ids[0]!)).toEqual({ __typename: "Product", id: ids[0], slug: "docker-toolbox" });
    expect(await one(ids[1]!)).toMatchObject({ __typename: "Fact", id: ids[1] });
    expect(await one(ids[2]!)).toMatchObject({ __typename: "Event", id: ids[2], title: data.timeline[0]!.title });
    expect(await one(ids[3]!)).toMatchObject({ __typename: "Claim", id: ids[3] });

    const { nodes } = ok(
      await run<{ nodes: ({ __typename: string; id: string } | null)[] }>(
        `query N($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
        { ids: [...ids, toGlobalId("Entity", "no-such-thing"), "%%%"] },
      ),
    );
    expect(nodes.map((n) => n?.id ?? null)).toEqual([...ids, null, null]);
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual(["Product", "Fact", "Event", "Claim", null, null]);
  });

  it("returns null for an ID of no known type, and refuses more than 100 IDs", async () => {
    expect(ok(await run(`{ node(id: "${toGlobalId("Entity", "")}") { id } }`))).toEqual({ node: null });
    expect(ok(await run(`{ node(id: "${Buffer.from("User:1").toString("base64url")}") { id } }`))).toEqual({
      node: null,
    });
    const ids = Array.from({ length: 101 }, () => toGlobalId("Entity", "hyper-v"));
    expect(await badInput(`query N($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids })).toMatch(/100/);
  });
});

describe("search", () => {
  const SEARCH = `query S($q: String!, $lang: Language) {
    search(query: $q, first: 5, language: $lang) { score entity { slug name } fact { id text } }
  }`;
  interface Hits {
    search: { score: number; entity: Named | null; fact: { id: string; text: string } | null }[];
  }
  const slugs = async (q: string) => ok(await run<Hits>(SEARCH, { q })).search.map((h) => h.entity?.slug);

  it("finds entities despite missing hyphens and typos", async () => {
    expect((await slugs("hyperv"))[0]).toBe("hyper-v");
    expect((await slugs("virtualbx"))[0]).toBe("virtualbox");
    expect((await slugs("dokcer toolbox")).slice(0, 3)).toContain("docker-toolbox");
  });

  it("finds Chinese in either script", async () => {
    const trad = await slugs("虛擬機");
    const simp = await slugs("虚拟机");
    expect(trad[0]).toBe("virtual-machine");
    expect(simp).toEqual(trad);
    expect((await slugs("微軟"))[0]).toBe("microsoft");
    expect((await slugs("微软"))[0]).toBe("microsoft");
  });

  it("ranks best first, with scores between 0 and 1, in the language asked for", async () => {
    const { search } = ok(await run<Hits>(SEARCH, { q: "microsoft", lang: "ZH_HANT" }));
    expect(search.length).toBeGreaterThan(0);
    const scores = search.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
    for (const h of search) expect(Boolean(h.entity) !== Boolean(h.fact)).toBe(true);
    expect(search[0]!.entity).toEqual({ slug: "microsoft", name: "微軟" });
  });

  it("refuses a query longer than a question may be", async () => {
    await badInput(SEARCH, { q: "x".repeat(MAX_QUESTION + 1) });
  });
});

describe("timeline", () => {
  const TIMELINE = `query T($from: String, $to: String, $entity: String) {
    timeline(from: $from, to: $to, entity: $entity) { id date entities { slug } }
  }`;
  interface Timeline {
    timeline: { id: string; date: string; entities: { slug: string }[] }[];
  }
  const events = async (v: Record<string, unknown>) => ok(await run<Timeline>(TIMELINE, v)).timeline;

  it("lists every event oldest first", async () => {
    const all = await events({});
    expect(all.length).toBe(testContext().graph.stats().events);
    const dates = all.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("keeps a date range at any precision, bounds included", async () => {
    const y2016 = await events({ from: "2016", to: "2016" });
    expect(y2016.length).toBeGreaterThan(0);
    expect(y2016.every((e) => e.date.startsWith("2016"))).toBe(true);
    // Dates compare at the coarser precision: an event dated 2014 may have happened in June.
    const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
    const range = await events({ from: "2014-06", to: "2016-10-01" });
    expect(range.length).toBeGreaterThan(0);
    for (const { date } of range) {
      expect(cut(date, "2014-06") >= cut("2014-06", date), date).toBe(true);
      expect(cut(date, "2016-10-01") <= cut("2016-10-01", date), date).toBe(true);
    }
    const all = await events({});
    expect(range.length).toBeLessThan(all.length);
  });

  it("keeps only the events about one entity", async () => {
    const toolbox = await events({ entity: "docker-toolbox" });
    expect(toolbox.length).toBeGreaterThan(0);
    expect(toolbox.every((e) => e.entities.some((x) => x.slug === "docker-toolbox"))).toBe(true);
  });

  it("refuses a date that is not one, and an unknown entity", async () => {
    for (const bad of ["2016/01", "yesterday", "16-01-01", "2016-13", "2016-02-30", "2016-00"]) {
      expect(await badInput(TIMELINE, { from: bad })).toMatch(/YYYY/);
      await badInput(TIMELINE, { to: bad });
    }
    expect(await badInput(TIMELINE, { entity: "no-such-thing" })).toMatch(/no-such-thing/);
    await badInput(`{ events(from: "2016-1") { totalCount } }`);
  });
});

describe("compare", () => {
  it("puts two entities side by side, one value per entity in each row", async () => {
    const { compare } = ok(
      await run<{ compare: { entities: { slug: string }[]; rows: { label: string; values: (string | null)[] }[] } }>(
        `{ compare(slugs: ["hyper-v", "virtualbox"], language: ZH_HANT) { entities { slug } rows { label values } } }`,
      ),
    );
    expect(compare.entities.map((e) => e.slug)).toEqual(["hyper-v", "virtualbox"]);
    expect(compare.rows.length).toBeGreaterThan(0);
    for (const row of compare.rows) expect(row.values).toHaveLength(2);
    expect(compare.rows.some((r) => HAN.test(r.label))).toBe(true);
  });

  it("refuses an unknown slug, naming it, and fewer than two slugs", async () => {
    expect(await badInput(`{ compare(slugs: ["hyper-v", "hyper-x"]) { rows { label } } }`)).toMatch(/hyper-x/);
    await badInput(`{ compare(slugs: ["hyper-v"]) { rows { label } } }`);
  });
});

describe("compatibility", () => {
  const COMPAT = `query C($os: String!, $edition: String, $build: Int) {
    compatibility(os: $os, edition: $edition, build: $build) { setup { slug name } verdict reason facts { id sources { title } } }
  }`;
  interface Cells {
    compatibility: {
      setup: Named;
      verdict: string | null;
      reason: string | null;
      facts: { id: string; sources: { title: string }[] }[];
    }[];
  }

  it("gives a verdict per setup on Windows 10 Home, with the facts behind it", async () => {
    const { compatibility } = ok(await run<Cells>(COMPAT, { os: "windows-10", edition: "home" }));
    const setups = testContext().graph.bundle.setups.map((s) => s.slug);
    expect(compatibility.map((c) => c.setup.slug)).toEqual(setups);
    for (const cell of compatibility) {
      expect(["YES", "NO", "PARTLY"]).toContain(cell.verdict);
      expect(cell.reason).toBeTruthy();
      expect(cell.facts.length).toBeGreaterThan(0);
      for (const f of cell.facts) expect(f.sources.length).toBeGreaterThan(0);
    }
    const verdict = (slug: string) => compatibility.find((c) => c.setup.slug === slug)?.verdict;
    expect(verdict("docker-desktop-hyper-v")).toBe("NO");
    expect(verdict("docker-desktop-wsl2")).not.toBe("NO");
  });

  it("answers in the language asked for, through the OS entity as well", async () => {
    const { entity } = ok(
      await run<{ entity: { compatibility: { reason: string }[] } }>(
        `{ entity(slug: "windows-10") { ... on OperatingSystem { compatibility(edition: "home") { reason(language: ZH_HANS) } } } }`,
      ),
    );
    expect(entity.compatibility.length).toBeGreaterThan(0);
    for (const c of entity.compatibility) expect(c.reason).toMatch(HAN);
  });

  it("refuses an unknown operating system or edition, and a build below 1", async () => {
    expect(await badInput(COMPAT, { os: "windows-99" })).toMatch(/windows-99/);
    await badInput(COMPAT, { os: "hyper-v" });
    expect(await badInput(COMPAT, { os: "windows-10", edition: "ultimate" })).toMatch(/home/);
    await badInput(COMPAT, { os: "windows-10", build: 0 });
    await badInput(
      `{ entity(slug: "windows-10") { ... on OperatingSystem { compatibility(edition: "x") { verdict } } } }`,
    );
  });

  it("computes the whole matrix, one cell per setup in column order", async () => {
    const data = ok(
      await run<{
        setups: { slug: string }[];
        compatibilityMatrix: {
          os: { slug: string; kind: string };
          edition: { id: string; name: string } | null;
          cells: { setup: { slug: string }; verdict: string | null }[];
        }[];
      }>(`{
        setups { slug }
        compatibilityMatrix(language: ZH_HANT) { os { slug kind } edition { id name } cells { setup { slug } verdict } }
      }`),
    );
    const columns = data.setups.map((s) => s.slug);
    expect(columns.length).toBe(testContext().graph.bundle.setups.length);
    expect(data.compatibilityMatrix.length).toBeGreaterThan(0);
    for (const row of data.compatibilityMatrix) {
      expect(row.os.kind).toBe("OS_VERSION");
      expect(row.cells.map((c) => c.setup.slug)).toEqual(columns);
    }
    const home = data.compatibilityMatrix.find((r) => r.os.slug === "windows-10" && r.edition?.id === "home");
    expect(home?.edition?.name).toMatch(HAN);
  });
});

describe("stats", () => {
  it("counts what the knowledge base holds", async () => {
    const { stats } = ok(
      await run<{ stats: Record<string, number | string> }>(
        `{ stats { entities facts events sources relations claims setups dataVersion } }`,
      ),
    );
    const { graph } = testContext();
    expect(stats).toMatchObject(graph.stats());
    expect(stats.entities).toBeGreaterThan(50);
    expect(stats.setups).toBe(graph.bundle.setups.length);
    expect(stats.claims).toBe(graph.bundle.claims.length);
    expect(stats.dataVersion).toBe(graph.dataVersion);
  });
});

describe("ask", () => {
  const ASK = `query Ask($q: String!, $history: [String!], $lang: Language) {
    ask(question: $q, history: $history, language: $lang) {
      status verdict text language followUps
      entities { slug name }
      facts { id text sources { title } }
      claims { verdict }
      interpretation { language intent edition resolvedQuestion entities { slug } }
    }
  }`;
  interface Ask {
    ask: {
      status: string;
      verdict: string | null;
      text: string;
      language: string;
      followUps: string[];
      entities: Named[];
      facts: { id: string; text: string; sources: { title: string }[] }[];
      interpretation: {
        language: string;
        intent: string;
        edition: string | null;
        resolvedQuestion: string;
        entities: { slug: string }[];
      };
    };
  }
  const ask = async (v: Record<string, unknown>) => ok(await run<Ask>(ASK, v)).ask;

  it("answers a yes-or-no question with a verdict, its facts and follow-ups", async () => {
    const a = await ask({ q: "Can I run Docker on Windows 10 Home?" });
    expect(a.status).toBe("ANSWERED");
    expect(["YES", "NO", "PARTLY"]).toContain(a.verdict);
    expect(a.language).toBe("EN");
    expect(a.text.length).toBeGreaterThan(20);
    expect(a.entities.map((e) => e.slug)).toContain("windows-10");
    expect(a.facts.length).toBeGreaterThan(0);
    for (const f of a.facts) expect(f.sources.length).toBeGreaterThan(0);
    expect(a.followUps.length).toBeGreaterThan(0);
    expect(a.interpretation).toMatchObject({ language: "EN", intent: "YES_NO", edition: "home" });
    expect(a.interpretation.entities.map((e) => e.slug)).toContain("windows-10");
  });

  it("answers in the question's script, nested names and facts included", async () => {
    const hant = await ask({ q: "微軟是什麼？" });
    expect(hant).toMatchObject({ status: "ANSWERED", language: "ZH_HANT" });
    expect(hant.text).toMatch(HAN);
    expect(hant.entities.find((e) => e.slug === "microsoft")?.name).toBe("微軟");
    for (const f of hant.facts) expect(f.text).toMatch(HAN);

    const hans = await ask({ q: "微软是什么？" });
    expect(hans).toMatchObject({ status: "ANSWERED", language: "ZH_HANS" });
    expect(hans.entities.find((e) => e.slug === "microsoft")?.name).toBe("微软");
  });

  it("answers in the language forced by the client", async () => {
    const a = await ask({ q: "What is Hyper-V?", lang: "ZH_HANS" });
    expect(a.language).toBe("ZH_HANS");
    expect(a.text).toMatch(HAN);
  });

  it("reads a follow-up against the history", async () => {
    const a = await ask({ q: "And on Windows 11?", history: ["Can I run Docker on Windows 7?"] });
    expect(a.status).toBe("ANSWERED");
    expect(a.interpretation.entities.map((e) => e.slug)).toContain("windows-11");
    expect(a.interpretation.resolvedQuestion).toMatch(/Windows 11/);
  });

  it("says so when the question is outside what it knows", async () => {
    const a = await ask({ q: "What is the best pizza topping?" });
    expect(a.status).toBe("NOT_FOUND");
    expect(a.verdict).toBeNull();
    expect(a.text.length).toBeGreaterThan(0);
  });

  it(`refuses a question over ${MAX_QUESTION} characters and a history over ${MAX_HISTORY} turns, stating the limit`, async () => {
    await expect(ask({ q: "x".repeat(MAX_QUESTION) })).resolves.toBeDefined();
    expect(await badInput(ASK, { q: "x".repeat(MAX_QUESTION + 1) })).toMatch(new RegExp(`limit is ${MAX_QUESTION}\\b`));
    const history = Array.from({ length: MAX_HISTORY + 1 }, (_, i) => `What is Windows ${i}?`);
    expect(await badInput(ASK, { q: "And Hyper-V?", history })).toMatch(new RegExp(`limit is ${MAX_HISTORY}\\b`));
    await expect(ask({ q: "And Hyper-V?", history: history.slice(1) })).resolves.toBeDefined();
    expect(await badInput(ASK, { q: "ok", history: ["x".repeat(MAX_QUESTION + 1)] })).toMatch(String(MAX_QUESTION));
    await badInput(ASK, { q: "   " });
  });
});
