import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { Lexicon } from "../read/Lexicon.js";
import { hostAndImage } from "./hostAndImage.js";

const graph = loadGraph();
const lexicon = new Lexicon(graph.bundle.lexicon ?? []);
const sides = (q: string) => {
  const pair = hostAndImage(graph, lexicon, q);
  return pair && { host: pair.host.build, image: pair.image.build };
};

describe("which build is the host's and which the image's", () => {
  it("reads each build by the host or image word nearest it, in either order", () => {
    expect(sides("so host OS version 16299.* can run container OS version 14393.*?")).toEqual({
      host: 16299,
      image: 14393,
    });
    expect(sides("Will an ltsc2019 image run on a 1909 host?")).toEqual({ host: 18363, image: 17763 });
    expect(sides("Host: 26100.7840. Image: 20348.2700. Does that work?")).toEqual({ host: 26100, image: 20348 });
  });

  it("reads Chinese in both scripts, a tag being an image by itself", () => {
    expect(sides("請問在 Windows Server 2022 主機上，可以跑 20H2 的容器映像嗎？")).toEqual({
      host: 20348,
      image: 19042,
    });
    expect(sides("1909 主机可以用 --isolation process 跑 servercore:ltsc2019 吗？")).toEqual({
      host: 18363,
      image: 17763,
    });
  });

  it("takes the one other system named as the other side", () => {
    expect(sides("Will Windows Server 2022 support any Server 2019 image under Hyper-V isolation?")).toEqual({
      host: 20348,
      image: 17763,
    });
  });

  it("reads a version two systems share (22H2, 21H2) as the release of the system named before it", () => {
    expect(sides("Can a Windows 10 22H2 host run ltsc2019 images with process isolation?")).toEqual({
      host: 19045,
      image: 17763,
    });
    expect(sides("would servercore ltsc2022 work on my win11 22h2 machine?")).toEqual({ host: 22621, image: 20348 });
    expect(sides("Windows 10 21H2 的主机能跑 ltsc2019 镜像吗？")).toEqual({ host: 19044, image: 17763 });
    expect(sides("Windows 11 22H2 主機可以用處理序隔離跑 ltsc2022 的映像嗎？")).toEqual({ host: 22621, image: 20348 });
    // With no system before it, the version stays ambiguous.
    expect(sides("Can a 22H2 host run ltsc2019 images?")).toBeNull();
    // A build written out is the host before a shared version the question likens it to.
    expect(
      sides(
        "On 10.0.19043 nothing runs. Is Windows 10 21H2 like Windows 11 21H2, able to run Windows Server 2022 images?",
      ),
    ).toEqual({ host: 19043, image: 20348 });
  });

  it("reads nothing where no host or image is named, or a side is ambiguous", () => {
    expect(sides("Does Windows 10 LTSC 2019 (1809, build 17763) support WSL 2?")).toBeNull();
    // 21H2 is a release of Windows 10 and of Windows 11, with two builds.
    expect(sides("Can a 21H2 host run ltsc2019 images?")).toBeNull();
    // Two builds on one side.
    expect(sides("Our hosts are 17763 and 20348. Can they run a 14393 image?")).toBeNull();
  });

  it("tells two revisions of one build apart from two builds", () => {
    const pair = hostAndImage(graph, lexicon, "Host 17763.1554, image 17763.1518: does it run?");
    expect(pair?.revisionsDiffer).toBe(true);
    expect(hostAndImage(graph, lexicon, "Host 17763.1554, image 17763.1554: does it run?")?.revisionsDiffer).toBe(
      false,
    );
  });
});
