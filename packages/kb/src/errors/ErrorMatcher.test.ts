import { describe, expect, it } from "vitest";
import { repoRoot } from "../cli/repoRoot.js";
import { compileErrors } from "../compile/compileErrors.js";
import { readDataSet } from "../load/readDataSet.js";
import Fuse from "fuse.js";
import { ErrorMatcher, FUZZY_MESSAGES, editsToFind, type MessageDoc } from "./ErrorMatcher.js";

// The shipped entries, without the Chinese conversion: matching reads only messages and codes.
const entries = compileErrors(readDataSet(repoRoot()), (t) => ({
  en: t.en,
  "zh-Hant": t["zh-Hant"],
  "zh-Hans": t["zh-Hant"],
}));
const matcher = new ErrorMatcher(entries);
const top = (text: string) => matcher.match(text)[0];
const slugs = (text: string) => matcher.match(text).map((m) => m.entry.slug);

describe("ErrorMatcher on messages as users paste them", () => {
  it("settles on the entry whose code the paste names, whatever surrounds it", () => {
    const paste = String.raw`docker: Error response from daemon: container 328b4c258cd92c95f8292166c057285d2f2c00bd6b63dea224e7af172f1f9d83 encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101) extra info: {"SystemType":"Container","VolumePath":"\\\\?\\Volume{128ee33b-89d0-4280-8cb0-b84ea076eead}","LayerFolderPath":"C:\\ProgramData\\docker\\windowsfilter\\328b4c258cd9","HvPartition":false}`;
    expect(top(paste)).toMatchObject({ score: 1, matchedBy: "CODE", matched: "0xc0370101" });
    expect(top(paste)!.entry.slug).toBe("container-os-mismatch");
  });

  it("finds the entry from the words alone when no code is printed", () => {
    const paste = `DockerDo : C:\\ProgramData\\chocolatey\\lib\\docker-cli\\tools\\docker.exe: Error response from daemon: hcsshim::CreateComputeSystem 38b154302c4e3bbecfc01a827ac0cd6c775c134f3dc0cf3f62151db225ead5eb: The container operating system does not match the host operating system.
(extra info: {"SystemType":"Container","Name":"38b154302c4e","Owner":"docker"})`;
    expect(top(paste)).toMatchObject({ matchedBy: "MESSAGE" });
    expect(top(paste)!.entry.slug).toBe("container-os-mismatch");
    expect(top(paste)!.score).toBeGreaterThan(0.9);
  });

  it("reads WSL's two-line output, and its code in the short Win32 form", () => {
    expect(
      top(`Installing, this may take a few minutes...
WslRegisterDistribution failed with error: 0x80370102
Please enable the Virtual Machine Platform Windows feature and ensure virtualization is enabled in the BIOS.
For information please visit https://aka.ms/enablevirtualization
Press any key to continue...`)!.entry.slug,
    ).toBe("wsl-enable-virtual-machine-platform");
    const short = top(`PS C:\\WINDOWS\\system32> wsl --set-default-version 2
Error: 0x1bc
For information on key differences with WSL 2 please visit https://aka.ms/wsl2`);
    expect(short).toMatchObject({ matchedBy: "CODE", matched: "0x800701bc" });
    expect(short!.entry.slug).toBe("wsl-2-kernel-update-required");
  });

  it("tells Docker's required-feature failure from WSL's, which print the same sentence", () => {
    const docker = `PS C:\\WINDOWS\\system32> docker run -it mcr.microsoft.com/windows/nanoserver:1809 cmd.exe
docker.exe: Error response from daemon: CreateComputeSystem 3ec5266f1558: The virtual machine could not be started because a required feature is not installed.`;
    expect(top(docker)!.entry.slug).toBe("hcs-required-feature-not-installed");
    expect(
      top("Error: 0x80370102 The virtual machine could not be started because a required feature is not installed.")!
        .entry.slug,
    ).toBe("wsl-enable-virtual-machine-platform");
  });

  it("does not offer entries whose codes the paste contradicts", () => {
    const found = matcher.match("WslRegisterDistribution failed with error: 0x80370114");
    expect(found.map((m) => m.entry.slug)).toEqual(["wsl-required-feature-not-installed"]);
  });

  it("matches the Chinese text Windows shows, pasted in either script", () => {
    expect(top("请启用虚拟机平台 Windows 功能并确保在 BIOS 中启用虚拟化。")!.entry.slug).toBe(
      "wsl-enable-virtual-machine-platform",
    );
    expect(top("WSL 2 需要更新其內核組件。有關信息，請訪問 https://aka.ms/wsl2kernel")!.entry.slug).toBe(
      "wsl-2-kernel-update-required",
    );
    expect(top("C:\\Users\\me> wsl -d Ubuntu\n参考的对象类型不支持尝试的操作。")!.entry.slug).toBe(
      "wsl-winsock-lsp-conflict",
    );
    expect(top("PS C:\\> wsl --set-default-version 2\n命令行选项无效: --set-default-version")!.entry.slug).toBe(
      "wsl-set-default-version-invalid-option",
    );
  });

  it("tells WSL 1 from WSL 2 by the version in the message", () => {
    expect(top("The command 'docker' could not be found in this WSL 1 distro.")!.entry.slug).toBe(
      "docker-not-found-in-wsl-1-distro",
    );
    expect(top("The command 'docker' could not be found in this WSL 2 distro.")!.entry.slug).toBe(
      "docker-not-found-in-wsl-2-distro",
    );
  });

  it("offers both entries a combined pipe message belongs to", () => {
    const paste = String.raw`C:\Program Files\Docker\Docker\Resources\bin\docker.exe: error during connect: Post http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.39/containers/create: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.`;
    expect(slugs(paste).slice(0, 2).sort()).toEqual([
      "docker-client-must-run-elevated",
      "docker-engine-pipe-not-found",
    ]);
  });

  it("survives typos, British spelling and a fragment", () => {
    expect(
      top("Hardware asisted virtualisation and data execution protection must be enabled in the BIOS")!.entry.slug,
    ).toBe("hardware-virtualization-must-be-enabled");
    expect(top("vmcompute.dll missing")!.entry.slug).toBe("failed-to-load-vmcompute-dll");
    expect(top("a Windows version 10.0.17763-based image is incompatible with a 10.0.17134 host")!.entry.slug).toBe(
      "windows-image-newer-than-host",
    );
  });

  it("without the fuzzy pass, still finds codes and lines word for word, and nothing by a typo or a fragment", () => {
    const exact = { first: 2, fuzzy: false };
    expect(
      matcher.match("wsl --install then WslRegisterDistribution failed with error: 0x80370102", exact)[0],
    ).toMatchObject({
      matchedBy: "CODE",
      matched: "0x80370102",
    });
    const line =
      "On start it says: Docker Desktop is unable to detect a Hypervisor. Hardware assisted virtualization and data execution protection must be enabled in the BIOS.";
    expect(matcher.match(line, exact)[0]!.entry.slug).toBe("hardware-virtualization-must-be-enabled");
    expect(matcher.match(line, exact)[0]!.score).toBeGreaterThanOrEqual(0.9);
    // A misspelt message is found only by the fuzzy pass; a short question's words are no line.
    const typo = "Hardware asisted virtualisation and data execution protection must be enabled in the BIOS";
    expect(matcher.match(typo)[0]!.score).toBeGreaterThan(matcher.match(typo, exact)[0]?.score ?? 0);
    for (const q of [
      "Can Windows Server 2008 run Windows containers?",
      "vmcompute.dll missing",
      "Windows 10 家用版能跑 Docker 嗎？",
    ])
      expect(
        matcher.match(q, exact).filter((m) => m.score >= 0.9),
        q,
      ).toEqual([]);
  });

  it("takes a message shared by other causes for an entry only with the entry's signs", () => {
    for (const paste of [
      "COPY failed: stat /var/lib/docker/tmp/docker-builder9/app/requirements.txt: no such file or directory",
      "open /run/secrets/db_password: no such file or directory",
      "ls: /data/in: No such file or directory",
    ])
      expect(slugs(paste), paste).not.toContain("crlf-exec-no-such-file");
    expect(slugs("ls: /data/in: No such file or directory")).not.toContain("git-bash-path-conversion");
    expect(top("exec /usr/local/bin/boot.sh: no such file or directory")!.entry.slug).toBe("crlf-exec-no-such-file");
    expect(top("ls: C:/Program Files/Git/data/in: No such file or directory")!.entry.slug).toBe(
      "git-bash-path-conversion",
    );
    // A sign is a whole word: "executing" is not "exec".
    expect(slugs("while executing the job: open /tmp/job.json: no such file or directory")).not.toContain(
      "crlf-exec-no-such-file",
    );
  });

  it("reads a Toolbox pre-create check and a VirtualBox status code", () => {
    expect(
      top(`Running pre-create checks...
Error with pre-create check: "This computer is running Hyper-V. VirtualBox won't boot a 64bits VM when Hyper-V is activated. Either use Hyper-V as a driver, or disable the Hyper-V hypervisor. (To skip this check, use --virtualbox-no-vtx-check)"
Looks like something went wrong in step ´Checking if machine default exists´... Press any key to continue...`)!.entry
        .slug,
    ).toBe("toolbox-hyper-v-running");
    expect(
      top("00:00:00.318604 Power up failed (vrc=VERR_VMX_NO_VMX, rc=NS_ERROR_FAILURE (0X80004005))")!.entry.slug,
    ).toBe("virtualbox-vt-x-not-available");
  });

  it("reads WSL's symbolic error codes and Docker Desktop's dialogs", () => {
    const wsl = top(`deploying WSL2 distributions
ensuring main distro is deployed: deploying "docker-desktop": importing WSL distro "WSL2 is not supported with your current machine configuration.\\r\\nPlease enable the \\"Virtual Machine Platform\\" optional component and ensure virtualization is enabled in the BIOS.\\r\\nError code: Wsl/Service/RegisterDistro/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\\r\\n" output="docker-desktop": exit code: 4294967295`);
    expect(wsl).toMatchObject({ matchedBy: "CODE", matched: "HCS_E_HYPERV_NOT_INSTALLED" });
    expect(top("wsl update failed: a manual wsl update is required")!.entry.slug).toBe(
      "docker-desktop-wsl-update-failed",
    );
    expect(
      top(
        'ERROR: for snuba-api  Credentials store error: StoreError(\'Credentials store docker-credential-desktop exited with "error getting credentials - err: exec: "docker-credential-wincred.exe": executable file not found in %PATH%, out: ``".\')',
      )!.entry.slug,
    ).toBe("credential-helper-not-found");
  });

  it("reads what Git Bash does to docker commands", () => {
    expect(
      top(
        "$ docker exec -it web bash\nthe input device is not a TTY.  If you are using mintty, try prefixing the command with 'winpty'",
      )!.entry.slug,
    ).toBe("git-bash-input-not-a-tty");
    expect(
      top(
        "$ docker run --rm -v c:/Users:/data alpine ls /data\nls: C:/Program Files/Git/data: No such file or directory",
      )!.entry.slug,
    ).toBe("git-bash-path-conversion");
  });

  it("finds every entry first from each of its messages, alone or inside a terminal session", () => {
    const missed: string[] = [];
    for (const e of entries) {
      for (const { text } of e.messages) {
        const session = `PS C:\\Users\\me> docker run --rm -it mcr.microsoft.com/windows/servercore:ltsc2022\n${text}\nSee 'C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe run --help'.`;
        for (const paste of [text, session])
          if (top(paste)?.entry.slug !== e.slug) missed.push(`${e.slug}: ${paste.slice(0, 50)}`);
      }
    }
    expect(missed).toEqual([]);
    // Some 500 pastes through the fuzzy pass: seconds on a loaded machine, whatever the speed of one.
  }, 60_000);

  it("matches nothing for a sentence about something else", () => {
    expect(matcher.match("How do I bake sourdough bread at home?")).toEqual([]);
    expect(matcher.match("Docker Desktop is great on my laptop")).toEqual([]);
    for (const q of [
      "docker run hello-world works fine for me",
      "My Windows 11 PC is slow after the update",
      "Which Docker version supports Windows 7?",
      "npm ERR! code ENOENT",
      "Kubernetes pod stuck in CrashLoopBackOff",
    ])
      expect(matcher.match(q), q).toEqual([]);
    expect(matcher.match("")).toEqual([]);
  });

  it("stays quick on a paste far past the length it reads", () => {
    const log = `${"at Docker.Core.Pipe.NamedPipeClient.Send(String action, Object[] parameters)\n".repeat(2000)}unknown blob`;
    const t0 = performance.now();
    matcher.match(log);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

/** The fewest edits that turn `p` into some stretch of `t`, by the textbook table. */
function editsByTable(p: string, t: string): number {
  let row = Array.from({ length: p.length + 1 }, (_, i) => i);
  let best = row[p.length]!;
  for (const c of t) {
    const next = [0];
    for (let i = 1; i <= p.length; i++)
      next[i] = Math.min(row[i]! + 1, next[i - 1]! + 1, row[i - 1]! + (p[i - 1] === c ? 0 : 1));
    row = next;
    best = Math.min(best, row[p.length]!);
  }
  return best;
}

const masksOf = (p: string) => {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  [...p].forEach((ch, i) => {
    const c = ch.charCodeAt(0);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  });
  return { length: p.length, ascii, other };
};

describe("ErrorMatcher's fuzzy pass over fewer messages", () => {
  it("counts the fewest edits to find a piece of a paste in a message, as the table does", () => {
    const pairs: [string, string][] = [
      ["hyper-v services", "ensure the hyper v service feature is on"],
      ["vmcompute.dll", "the vmcompute service failed"],
      ["wsl 2 installation is incomplete", "wsl 2 安装不完整 wsl 2 installation is incomplet"],
      ["启用虚拟机平台", "请启用虚拟机平台 windows 功能"],
      ["abcdefghijklmnopqrstuvwxyz012345", "zzzz"],
      ["x", ""],
    ];
    for (const [p, t] of pairs) expect(editsToFind(masksOf(p), t)).toBe(editsByTable(p, t));
  });

  it("finds what Fuse over every message finds, for fragments, typos and other sentences", () => {
    // The same matcher with the fuzzy pass run over every message, as it was.
    const old = new ErrorMatcher(entries) as unknown as {
      docs: MessageDoc[];
      fuzzySearch: (norm: string, ...rest: unknown[]) => unknown;
      match: ErrorMatcher["match"];
    };
    const fuse = new Fuse(old.docs, FUZZY_MESSAGES);
    old.fuzzySearch = (norm: string, _explained: unknown, _shares: unknown, limit: unknown) =>
      fuse.search(norm, { limit: limit as number });
    const pastes = [
      "Hyper-V Services feature is not enable",
      "vmcompute.dll failed",
      "WSL 2 instalation is incomplete",
      "Cannot conect to the Docker daemon at npipe",
      "docker daemon is not running",
      "The weather in Taipei is warm today",
      "报错 WSL 2 installation is incomplete 怎么办",
      "執行時出現 virtual machine platform not enabled",
      "启用虚拟机平台功能失败",
    ];
    for (const paste of pastes)
      for (const first of [2, 5]) expect(matcher.match(paste, { first })).toEqual(old.match(paste, { first }));
  });
});
