import { describe, expect, it } from "vitest";
import { codes, ok, useInProcess } from "../test/inProcess.js";

const run = useInProcess();

interface Cell {
  setup: { slug: string };
  arch: string | null;
  verdict: string | null;
  reason: string | null;
}

const COMPAT = `query C($os: String!, $arch: Architecture, $edition: String, $build: Int) {
  compatibility(os: $os, arch: $arch, edition: $edition, build: $build) { setup { slug } arch verdict reason }
}`;

async function cells(variables: Record<string, unknown>): Promise<Map<string, Cell>> {
  const { compatibility } = ok(await run<{ compatibility: Cell[] }>(COMPAT, variables));
  return new Map(compatibility.map((c) => [c.setup.slug, c]));
}

describe("compatibility by architecture", () => {
  it("says no Docker Desktop and no Toolbox on 32-bit Windows 10, and names the architecture", async () => {
    const c = await cells({ os: "windows-10", arch: "X86", edition: "pro" });
    for (const slug of ["docker-desktop-wsl2", "docker-desktop-hyper-v", "toolbox-virtualbox"]) {
      expect(c.get(slug)).toMatchObject({ arch: "X86", verdict: "NO" });
      expect(c.get(slug)?.reason).toMatch(/64-bit/);
    }
  });

  it("says no Toolbox on 32-bit Windows 7, where the 64-bit one only has a deprecated Toolbox", async () => {
    expect((await cells({ os: "windows-7", arch: "X86" })).get("toolbox-virtualbox")?.verdict).toBe("NO");
    const x64 = (await cells({ os: "windows-7", arch: "X64" })).get("toolbox-virtualbox");
    expect(x64?.verdict).toBe("PARTLY");
    expect(x64?.reason).toMatch(/deprecated/);
  });

  it("offers only the early-access WSL 2 backend on Windows 11 on Arm: no Hyper-V backend", async () => {
    const c = await cells({ os: "windows-11", arch: "ARM64", edition: "pro" });
    expect(c.get("docker-desktop-wsl2")?.verdict).toBe("PARTLY");
    expect(c.get("docker-desktop-wsl2")?.reason).toMatch(/early access/);
    expect(c.get("docker-desktop-hyper-v")?.verdict).toBe("NO");
    expect(
      (await cells({ os: "windows-11", arch: "X64", edition: "pro", build: 22631 })).get("docker-desktop-hyper-v")
        ?.verdict,
    ).toBe("YES");
  });

  it("leaves the architecture open when none is asked, and says it depends", async () => {
    const c = await cells({ os: "windows-10", edition: "pro" });
    expect(c.get("docker-desktop-hyper-v")).toMatchObject({ arch: null, verdict: "PARTLY" });
  });

  it("refuses an architecture the operating system does not ship for, naming those it does", async () => {
    const r = await run(COMPAT, { os: "windows-11", arch: "X86" });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors?.[0]?.message).toMatch(/X86 is not an architecture of windows-11; it has X64, ARM64/);
    expect(codes(await run(COMPAT, { os: "windows-10", arch: "MIPS" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("lists an OS's architectures and answers per architecture through the entity too", async () => {
    const { entity } = ok(
      await run<{ entity: { architectures: string[]; compatibility: Cell[] } }>(
        `{ entity(slug: "windows-11") { ... on OperatingSystem { architectures compatibility(arch: ARM64, edition: "home") { setup { slug } arch verdict reason } } } }`,
      ),
    );
    expect(entity.architectures).toEqual(["X64", "ARM64"]);
    expect(entity.compatibility.find((c) => c.setup.slug === "docker-desktop-hyper-v")).toMatchObject({
      arch: "ARM64",
      verdict: "NO",
    });
  });
});

describe("the compatibility matrix", () => {
  interface Row {
    os: { slug: string };
    arch: string | null;
    edition: { id: string } | null;
    cells: { setup: { slug: string }; arch: string | null; verdict: string | null }[];
  }
  const MATRIX = `{ compatibilityMatrix { os { slug } arch edition { id } cells { setup { slug } arch verdict } } }`;

  it("splits rows by architecture, with every setup's verdict on 32-bit Windows 10", async () => {
    const { compatibilityMatrix: rows } = ok(await run<{ compatibilityMatrix: Row[] }>(MATRIX));
    const win10 = rows.filter((r) => r.os.slug === "windows-10");
    expect([...new Set(win10.map((r) => r.arch))]).toEqual(["X86", "X64", "ARM64"]);
    const x86 = win10.filter((r) => r.arch === "X86");
    for (const row of x86) {
      const verdict = (slug: string) => row.cells.find((c) => c.setup.slug === slug)?.verdict;
      expect(verdict("docker-desktop-wsl2")).toBe("NO");
      expect(verdict("toolbox-virtualbox")).toBe("NO");
      for (const c of row.cells) expect(c.arch).toBe("X86");
    }
  });

  it("has a Windows Server 2025 row with a verdict for every setup", async () => {
    const { compatibilityMatrix: rows } = ok(await run<{ compatibilityMatrix: Row[] }>(MATRIX));
    const ws2025 = rows.filter((r) => r.os.slug === "windows-server-2025");
    expect(ws2025.length).toBeGreaterThan(0);
    const verdict = (slug: string) => ws2025[0]!.cells.find((c) => c.setup.slug === slug)?.verdict;
    expect(verdict("docker-desktop-wsl2")).toBe("NO");
    expect(verdict("docker-desktop-hyper-v")).toBe("NO");
    expect(verdict("toolbox-virtualbox")).toBe("NO");
    expect(verdict("windows-containers-process")).toBe("YES");
    expect(verdict("windows-containers-hyper-v")).toBe("YES");
    for (const row of rows.filter((r) => r.os.slug.startsWith("windows-server")))
      expect(row.cells.find((c) => c.setup.slug.startsWith("docker-desktop"))?.verdict).toBe("NO");
  });
});
