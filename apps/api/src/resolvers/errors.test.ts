import { describe, expect, it } from "vitest";
import { codes, HAN, ok, testContext, useInProcess } from "../test/inProcess.js";
import { MAX_PASTE } from "./errors.js";

const run = useInProcess();

interface Match {
  score: number;
  matchedBy: string;
  matched: string;
  entry: { slug: string; title: string; cause: string; fix: { text: string; command: string | null }[] };
}
const MATCH = `query M($text: String!, $first: Int, $language: Language) {
  matchError(text: $text, first: $first, language: $language) {
    score matchedBy matched entry { slug title cause fix { text command } }
  }
}`;

describe("errorEntries and errorEntry", () => {
  it("pages through every entry, sorted by slug", async () => {
    const total = testContext().graph.errors().length;
    expect(total).toBeGreaterThanOrEqual(35);
    const { errorEntries } = ok(
      await run<{
        errorEntries: { totalCount: number; nodes: { slug: string }[]; pageInfo: { hasNextPage: boolean } };
      }>("{ errorEntries(first: 10) { totalCount nodes { slug } pageInfo { hasNextPage } } }"),
    );
    expect(errorEntries.totalCount).toBe(total);
    expect(errorEntries.nodes).toHaveLength(10);
    expect(errorEntries.pageInfo.hasNextPage).toBe(true);
    const slugs = errorEntries.nodes.map((n) => n.slug);
    expect(slugs).toEqual([...slugs].sort());
  });

  it("gives one entry with its messages, codes, steps, entities and sources, in the language asked", async () => {
    const { errorEntry } = ok(
      await run<{
        errorEntry: {
          slug: string;
          codes: string[];
          messages: { text: string; language: string }[];
          fix: { text: string; command: string | null; shell: string | null }[];
          entities: { slug: string }[];
          sources: { url: string | null }[];
          cause: string;
          causeHant: string;
        };
      }>(`{ errorEntry(slug: "wsl-enable-virtual-machine-platform", language: ZH_HANS) {
          slug codes messages { text language } fix { text command shell } entities { slug }
          sources { url } cause causeHant: cause(language: ZH_HANT)
        } }`),
    );
    expect(errorEntry.codes).toEqual(["0x80370102"]);
    expect(errorEntry.messages.map((m) => m.language)).toContain("ZH_HANS");
    expect(errorEntry.fix[0]!.command).toMatch(/VirtualMachinePlatform/);
    expect(errorEntry.fix[0]!.shell).toBe("cmd");
    expect(errorEntry.fix[0]!.text).toMatch(HAN);
    expect(errorEntry.entities.map((e) => e.slug)).toContain("wsl-2");
    expect(errorEntry.sources.every((s) => s.url?.startsWith("https://"))).toBe(true);
    expect(errorEntry.cause).toMatch(/虚拟机/);
    expect(errorEntry.causeHant).toMatch(/虛擬機器/);
  });

  it("keeps only the entries about one entity, and names an unknown entity", async () => {
    const { errorEntries } = ok(
      await run<{ errorEntries: { nodes: { slug: string; entities: { slug: string }[] }[] } }>(
        '{ errorEntries(entity: "virtualbox", first: 100) { nodes { slug entities { slug } } } }',
      ),
    );
    expect(errorEntries.nodes.length).toBeGreaterThan(1);
    for (const n of errorEntries.nodes) expect(n.entities.map((e) => e.slug)).toContain("virtualbox");
    const bad = await run('{ errorEntries(entity: "virtualbox-9") { totalCount } }');
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0]!.message).toBe('"entity" names no entity: "virtualbox-9"');
  });

  it("returns null for a slug it does not know", async () => {
    expect(ok(await run(`{ errorEntry(slug: "no-such-error") { slug } }`))).toEqual({ errorEntry: null });
  });
});

describe("matchError", () => {
  it("matches a pasted log by its code first", async () => {
    const text = `docker: Error response from daemon: container 6bece83bb16b encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101) extra info: {"SystemType":"Container","LayerFolderPath":"C:\\\\ProgramData\\\\docker\\\\windowsfilter\\\\6bece83bb16b"}`;
    const { matchError } = ok(await run<{ matchError: Match[] }>(MATCH, { text }));
    expect(matchError[0]).toMatchObject({ score: 1, matchedBy: "CODE", matched: "0xc0370101" });
    expect(matchError[0]!.entry.slug).toBe("container-os-mismatch");
    expect(matchError[0]!.entry.fix.some((s) => s.command?.includes("--isolation=hyperv"))).toBe(true);
  });

  it("answers a Chinese paste in its own script unless a language is asked", async () => {
    const text = "请启用虚拟机平台 Windows 功能并确保在 BIOS 中启用虚拟化。";
    const hans = ok(await run<{ matchError: Match[] }>(MATCH, { text })).matchError[0]!;
    expect(hans.entry.slug).toBe("wsl-enable-virtual-machine-platform");
    expect(hans.entry.cause).toMatch(/虚拟机/);
    const en = ok(await run<{ matchError: Match[] }>(MATCH, { text, language: "EN" })).matchError[0]!;
    expect(en.entry.cause).toMatch(/Virtual Machine Platform/);
  });

  it("returns an empty list for text that is no error it knows", async () => {
    expect(ok(await run(MATCH, { text: "What is the capital of France?" }))).toEqual({ matchError: [] });
  });

  it("refuses a paste past the limit, measured after normalising, and an empty one", async () => {
    const long = await run(MATCH, { text: "x".repeat(MAX_PASTE + 1) });
    expect(codes(long)).toEqual(["BAD_USER_INPUT"]);
    expect(long.errors![0]!.message).toBe(`"text" is ${MAX_PASTE + 1} characters long; the limit is ${MAX_PASTE}`);
    // Blank space around the paste and Windows line breaks do not count against the limit.
    const padded = await run(MATCH, {
      text: `\r\n   ${"unknown blob\r\n".repeat(300)}   \r\n`.padEnd(MAX_PASTE + 50, " "),
    });
    expect(padded.errors).toBeUndefined();
    const empty = await run(MATCH, { text: "  \n " });
    expect(codes(empty)).toEqual(["BAD_USER_INPUT"]);
    expect(empty.errors![0]!.message).toBe('"text" is empty');
  });

  it("bounds first", async () => {
    expect(codes(await run(MATCH, { text: "unknown blob", first: 0 }))).toEqual(["BAD_USER_INPUT"]);
    const one = ok(await run<{ matchError: Match[] }>(MATCH, { text: "unknown blob", first: 1 }));
    expect(one.matchError).toHaveLength(1);
  });
});
