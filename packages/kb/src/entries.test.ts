import { describe, expect, it } from "vitest";

describe("package entry points", () => {
  it("the graph entry has the graph and no build tools", async () => {
    const kb: Record<string, unknown> = await import("./index.js");
    expect(typeof kb.Graph).toBe("function");
    expect(typeof kb.loadGraph).toBe("function");
    for (const name of ["compileDataSet", "readDataSet", "lintDataSet", "formatMessage", "scaleBundle"]) {
      expect(kb[name], name).toBeUndefined();
    }
  });

  it("the build entry has the compiler, the linter and the synthetic generator", async () => {
    const build: Record<string, unknown> = await import("./build.js");
    for (const name of ["compileDataSet", "readDataSet", "lintDataSet", "formatMessage", "scaleBundle"]) {
      expect(typeof build[name], name).toBe("function");
    }
  });
});
