import { describe, expect, it } from "vitest";
import { lexiconOf } from "../read/Lexicon.js";
import { askEach } from "../test/askEach.js";
import { engine, graph } from "../test/engine.js";
import { askedNeeder, namedBeforeNeed } from "./askedNeeder.js";

const wsl = graph.entity("wsl-2")!;
const desktop = graph.entity("docker-desktop")!;
const needer = (q: string) => askedNeeder(graph, lexiconOf(graph), q, desktop, wsl)?.slug ?? null;

describe("askedNeeder", () => {
  it("is the one named before an active word of needing, in either order and script", () => {
    expect(needer("Does WSL 2 need Docker Desktop?")).toBe("wsl-2");
    expect(needer("Does Docker Desktop require WSL 2?")).toBe("docker-desktop");
    expect(needer("WSL 2 需要装 Docker Desktop 吗？")).toBe("wsl-2");
    expect(needer("Docker Desktop 一定要 WSL 2 嗎？")).toBe("docker-desktop");
  });

  it("is unknown where the sentence does not say it that way", () => {
    // The word before both, and a passive word, which says it the other way round.
    expect(needer("Do I need WSL 2 to use Docker Desktop?")).toBeNull();
    expect(needer("Is WSL 2 required for Docker Desktop?")).toBeNull();
    // "needed" is no word inside another one.
    expect(needer("WSL 2 kneeds Docker Desktop")).toBeNull();
  });
});

describe("namedBeforeNeed", () => {
  const edition = (q: string) => namedBeforeNeed(lexiconOf(graph), q, "qualifier", "edition");
  it("tells the edition whose users need from the edition needed", () => {
    expect(edition("Do Windows Home users still need Docker Toolbox?")).toBe(true);
    expect(edition("家庭版用户还需要 Docker Toolbox 吗？")).toBe(true);
    expect(edition("Do I need Windows 10 Pro for Docker Desktop?")).toBe(false);
    expect(edition("Is Pro required for Docker Desktop?")).toBe(false);
  });

  it("leaves a Home user's need to no edition rule", () => {
    // Read as "is Home needed?", the answer was "No. Windows 10 Home is not needed".
    const asked = ["Do Windows Home users still need Docker Toolbox?", "Do Windows 10 Home users still need Toolbox?"];
    askEach([...asked, "家庭版用户还需要 Docker Toolbox 吗？"], (a) =>
      expect(a.text).not.toMatch(/Home is not needed|不一定要.*家庭版|家庭版不是必需/),
    );
    expect(engine.ask("Do I need Windows 10 Pro for Docker Desktop?").verdict).toBe("NO");
  });
});

describe("a requirement asked the other way round", () => {
  it("is not answered by the other's need of the one asked about", () => {
    askEach(
      [
        "Does WSL2 docker need windows docker desktop?",
        "WSL 2 需要装 Docker Desktop 吗？",
        "WSL 2 需要裝 Docker Desktop 嗎？",
      ],
      (a) => expect(a.verdict).toBeNull(),
    );
    // Asked the right way round, the relation still settles it.
    expect(engine.ask("Does Docker Desktop need WSL 2?").verdict).not.toBeNull();
  });
});
