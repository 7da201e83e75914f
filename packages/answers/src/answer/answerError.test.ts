import { describe, expect, it } from "vitest";
import { askEach } from "../test/askEach.js";
import { engine } from "../test/engine.js";

describe("the error executor", () => {
  it("answers a pasted error with its cause and the fix in steps", () => {
    const a = engine.ask("no matching manifest for windows/amd64 in the manifest list entries");
    expect(a.status).toBe("ANSWERED");
    expect(a.error).not.toBeNull();
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/1\. /);
  });

  it("finds the error in a Chinese message, answering in its script", () => {
    const a = engine.ask("Docker Desktop 启动失败，一直提示 WSL 2 installation is incomplete，到底怎么解决？");
    expect(a.error?.slug).toBe("wsl-2-installation-incomplete");
    expect(a.language).toBe("zh-Hans");
  });

  it("answers a yes/no question about a paste the graph cannot settle from the error's entry", () => {
    const a = engine.ask(
      'Local build results in "a Windows version 10.0.20348-based image is incompatible with a 10.0.19045 host". Is there any way to run this build on my system?',
    );
    expect(a.status).toBe("ANSWERED");
    expect(a.error?.slug).toBe("windows-image-newer-than-host");
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/1\. .*2\. /);
    const zh = engine.ask(
      "本機建置時出現 a Windows version 10.0.17763-based image is incompatible with a 10.0.17134 host，有辦法在我的電腦上跑嗎？",
    );
    expect(zh.error?.slug).toBe("windows-image-newer-than-host");
    expect(zh.language).toBe("zh-Hant");
    expect(zh.text).toMatch(/1\. /);
  });

  it("says which Windows each build of the paste is", () => {
    const a = engine.ask(
      "docker pull fails: a Windows version 10.0.17763-based image is incompatible with a 10.0.17134 host. How do I fix it?",
    );
    expect(a.text).toContain("Build 17763 is Windows 10 version 1809 and Windows Server 2019.");
    expect(a.text).toContain("Build 17134 is Windows 10 version 1803");
    const zh = engine.ask(
      "拉映像時報錯：a Windows version 10.0.20348-based image is incompatible with a 10.0.19045 host，怎麼辦？",
    );
    expect(zh.text).toContain("組建 19045 是 Windows 10 22H2 版");
    const hans = engine.ask(
      "拉镜像时报错：a Windows version 10.0.20348-based image is incompatible with a 10.0.19045 host，怎么办？",
    );
    expect(hans.text).toContain("内部版本 19045 是 Windows 10 22H2 版");
  });

  it("says when the fix cannot work on the edition the message names", () => {
    const a = engine.ask(
      "Switching to Windows containers on Windows 11 Home fails with: Containers feature is not enabled. How do I fix it?",
    );
    expect(a.error?.slug).toBe("containers-feature-not-enabled");
    expect(a.text).toContain("The fix works only on Windows 11 Pro, Windows 11 Enterprise and Windows 11 Education");
    const zh = engine.ask(
      "Windows 11 家用版切換到 Windows 容器時出現錯誤：Containers feature is not enabled，要怎麼修？",
    );
    expect(zh.text).toContain("Windows 11 家用版不在其中");
    const pro = engine.ask(
      "Switching to Windows containers on Windows 11 Pro fails with: Containers feature is not enabled. How do I fix it?",
    );
    expect(pro.text).not.toContain("The fix works only on");
  });

  it("does not take the words every daemon error begins with for an error", () => {
    const a = engine.ask(
      "docker run hello-world fails:\ndocker: Error response from daemon: hcs::CreateComputeSystem 224a238e7736: hcsshim: timeout waiting for notification.",
    );
    expect(a.error).toBeNull();
    const zh = engine.ask(
      "執行 docker run 失敗：docker: Error response from daemon: hcsshim: timeout waiting for notification.",
    );
    expect(zh.error).toBeNull();
  });

  it("does not latch onto one rare word", () => {
    const a = engine.ask("Can Windows containers run applications that need IIS?");
    expect(a.error).toBeNull();
    expect(a.verdict).toBe("YES");
  });

  it("says beside a manifest error what the graph knows of the host and the image the paste names", () => {
    const cases: [string, RegExp][] = [
      [
        "Pulling mcr.microsoft.com/windows/servercore:ltsc2022 on my Windows 10 22H2 laptop fails: no matching manifest for windows/amd64 10.0.19045 in the manifest list entries",
        /Windows 10 host cannot run Windows Server 2022/,
      ],
      [
        "我的 Windows 10 電腦拉 mcr.microsoft.com/windows/nanoserver:ltsc2022 出現 no matching manifest for windows/amd64 10.0.19044 in the manifest list entries，怎麼辦？",
        /Windows 10 主機無法執行 Windows Server 2022/,
      ],
      [
        "我的 Windows 10 电脑拉 mcr.microsoft.com/windows/nanoserver:ltsc2022 出现 no matching manifest for windows/amd64 10.0.19044 in the manifest list entries，怎么办？",
        /Windows 10 主机无法运行 Windows Server 2022/,
      ],
      [
        "On Windows Server 2019, docker pull mcr.microsoft.com/windows/server:ltsc2022 says: no matching manifest for windows/amd64 10.0.17763 in the manifest list entries",
        /cannot run on Windows Server 2019/,
      ],
    ];
    for (const [q, says] of cases) {
      const a = engine.ask(q);
      expect(a.error?.slug, q).toBe("no-matching-manifest-windows");
      expect(a.text, q).toMatch(says);
    }
  });

  it("reads a message that reports what it gets as a paste, and a question about what one gets as none", () => {
    for (const q of [
      'When I start the kernel update msi I get "This update only applies to machines with the Windows Subsystem for Linux". What now?',
      "I'm getting This update only applies to machines with the Windows Subsystem for Linux when I install wsl_update_x64.msi",
      "執行 wsl_update_x64.msi 時出現「This update only applies to machines with the Windows Subsystem for Linux」，該怎麼辦？",
      "运行 wsl_update_x64.msi 时出现“This update only applies to machines with the Windows Subsystem for Linux”，该怎么办？",
    ]) {
      expect(engine.ask(q).error?.slug, q).toBe("wsl-kernel-update-needs-wsl");
    }
    expect(engine.ask("What do I get with Docker Desktop on Windows 11?").error).toBeNull();
  });

  it("answers a message that reports an error and asks nothing with the fix, not a verdict on its host", () => {
    askEach(
      [
        'Installed Docker Desktop on Windows 10 Pro, opened it, and I get: You are not allowed to use Docker. You must be in the "docker-users" group. I did restart the machine.',
        'Windows 10 專業版裝好 Docker Desktop 後跳出 You are not allowed to use Docker. You must be in the "docker-users" group，已經重開機了。',
        'Windows 10 专业版装好 Docker Desktop 后弹出 You are not allowed to use Docker. You must be in the "docker-users" group，已经重启过了。',
      ],
      (a) => {
        expect(a.error?.slug).toBe("docker-users-group");
        expect(a.verdict).toBeNull();
        expect(a.text).toContain("docker-users");
      },
    );
  });

  it("knows a script's CRLF failure by the way newer Docker prints it, whatever the script's path", () => {
    askEach(
      [
        "My image was built on Windows and the container stops at once with exec /srv/run.sh: no such file or directory. Why?",
        "在 Windows 上建置的映像，容器一啟動就出現 exec /opt/start.sh: no such file or directory，這是怎麼回事？",
        "在 Windows 上构建的镜像，容器一启动就报 exec /opt/start.sh: no such file or directory，这是怎么回事？",
      ],
      (a) => {
        expect(a.error?.slug).toBe("crlf-exec-no-such-file");
        expect(a.text).toContain("CRLF");
      },
    );
  });
  it("does not take any missing file for a script's line endings or Git Bash's paths", () => {
    askEach(
      [
        "docker build fails with: COPY failed: stat /var/lib/docker/tmp/docker-builder551/web/package.json: no such file or directory",
        "When I run docker compose up I get: ERROR: open C:\\Users\\me\\shop\\.env: no such file or directory",
        "docker cp 報錯：lstat /var/lib/docker/overlay2/9f1c/merged/app/out: no such file or directory，檔案明明在",
        '运行 docker build 报错：failed to compute cache key: "/src/api.csproj" not found: no such file or directory',
      ],
      (a) => {
        expect(a.error?.slug).not.toBe("crlf-exec-no-such-file");
        expect(a.error?.slug).not.toBe("git-bash-path-conversion");
        expect(a.text).not.toContain("CRLF");
      },
    );
    // Its own signs still name it: the interpreter's ^M, a script, line endings.
    askEach(
      [
        "The container dies with: /bin/sh^M: bad interpreter: No such file or directory",
        "啟動容器就出現錯誤：no such file or directory，腳本是在 Windows 上用記事本存的",
        "容器启动时报错：no such file or directory，入口脚本是在 Windows 上改过的",
      ],
      (a) => expect(a.error?.slug).toBe("crlf-exec-no-such-file"),
    );
  });
  it("answers DockerMsftProvider's failure and an unshared drive's 'mkdir /c: file exists' from their entries", () => {
    askEach(
      [
        "Our image build on Windows Server 2019 broke: Install-Package Docker -ProviderName DockerMsftProvider now fails with Install-Package : No match was found for the specified search criteria and package name 'Docker'.",
        "Windows Server 2022 上執行 Install-Package 出現錯誤：Cannot find path 'C:\\Users\\admin\\AppData\\Local\\Temp\\DockerMsftProvider\\DockerDefault_DockerSearchIndex.json' because it does not exist.",
        "在 Windows Server 2019 上装 Docker 报错：Install-Package : No match was found for the specified search criteria and package name 'docker'. 怎么办？",
      ],
      (a) => {
        expect(a.error?.slug).toBe("dockermsftprovider-no-match");
        expect(a.text).toContain("install-docker-ce.ps1");
      },
    );
    askEach(
      [
        'docker run -v "C:\\src:/src" alpine ls /src gives: C:\\Program Files\\Docker\\Docker\\Resources\\bin\\docker.exe: Error response from daemon: mkdir /c: file exists.',
        "在 Docker for Windows 掛載資料夾時出現 Error response from daemon: mkdir /c: file exists.，要怎麼處理？",
      ],
      (a) => expect(a.error?.slug).toBe("drive-not-shared"),
    );
    // The same words through a WSL 2 junction are not a share's.
    const wsl = engine.ask(
      "docker run -v /c/Users/me/src:/var/www fails: Error response from daemon: error while creating mount source path '/run/desktop/mnt/host/c/Users/me/src': mkdir /run/desktop/mnt/host/c/Users/me/src: file exists.",
    );
    expect(wsl.error?.slug).not.toBe("drive-not-shared");
  });
  it("answers a paste whose yes/no names nothing the graph knows from the error, with no verdict on the story's host", () => {
    askEach(
      [
        "Windows Server 2019 (1809) build box, images fail on our 1803 servers with: a Windows version 10.0.17763-based image is incompatible with a 10.0.17134 host. Is that really expected?",
        "在 Windows Server 2022 上執行安裝時出現：Install-Package : No match was found for the specified search criteria and package name 'Docker'. 是不是這個模組壞掉了？",
        "Windows Server 2019 上装 Docker 报错：Install-Package : No match was found for the specified search criteria and package name 'Docker'. 是不是我的网络有问题？",
      ],
      (a) => {
        expect(a.error).not.toBeNull();
        expect(a.verdict).toBeNull();
        expect(a.text).toMatch(/1\. /);
      },
    );
  });
  it("answers a Windows error whose paste names a Linux distribution or a guest's screen", () => {
    askEach(
      [
        "Installing Debian from the Store stops with: WslRegisterDistribution failed with error: 0x80370102. What now?",
        "從市集裝 Ubuntu 22.04 時出現 WslRegisterDistribution failed with error: 0x80370102，該怎麼辦？",
        "从应用商店装 Ubuntu 22.04 时报 WslRegisterDistribution failed with error: 0x80370102，该怎么办？",
      ],
      (a) => {
        expect(a.status).toBe("ANSWERED");
        expect(a.error?.slug).toBe("wsl-enable-virtual-machine-platform");
      },
    );
    // A Docker error met on any host is still another platform's where the paste is a Mac's.
    const mac = engine.ask(
      "On my MacBook with macOS 14, docker pull ends with filesystem layer verification failed for digest sha256:abc. How do I fix it?",
    );
    expect(mac.status).toBe("NOT_FOUND");
  });
  it("reads a paste no reporting word introduces by a line of its message, not by shared words", () => {
    const paste =
      'WSL2 is not supported with your current machine configuration.\nPlease enable the "Virtual Machine Platform" optional component and ensure virtualization is enabled in the BIOS.';
    askEach(
      [
        `Virtualization is on in Task Manager.\nPS C:\\> wsl --install -d Debian\n${paste}`,
        `工作管理員顯示虛擬化已開啟，可是 wsl --install 還是跳 ${paste}`,
        `任务管理器里虚拟化明明是开的，wsl --install 还是这样：${paste}`,
      ],
      (a) => {
        expect(a.error?.slug).toBe("wsl-2-not-supported-machine-configuration");
        expect(a.text).toMatch(/1\. /);
      },
    );
    // Words of a message in a question of one's own are no paste.
    const own = engine.ask("Is WSL2 supported with my current machine configuration, a laptop with virtualization on?");
    expect(own.error).toBeNull();
  });
  it("finds an English error pasted into a Chinese story, and the new entries' own errors", () => {
    for (const [q, slug] of [
      [
        "新裝的 Windows Server 2022，dockerd 一啟動就結束，事件記錄寫著 a required service is not installed, ensure the Containers feature is installed: failed to open service hns，是少了什麼？",
        "containers-feature-not-installed",
      ],
      [
        "更新系统后用进程隔离跑 ltsc2019 镜像就出现 hcsshim::CreateComputeSystem 5e6f7a: The system cannot find the file specified.，以前都正常",
        "container-os-mismatch",
      ],
      [
        "My web container exits on start with /srv/boot.sh: line 4: $'\\r': command not found after I edited the script on Windows.",
        "crlf-exec-no-such-file",
      ],
      [
        'docker-compose up on Windows warns that the PWD variable is not set and fails with: Mount denied: The source path "\\\\cache\\\\redis:/data" is not a valid Windows path',
        "compose-not-a-valid-windows-path",
      ],
    ] as const) {
      const a = engine.ask(q);
      expect(a.error?.slug, q).toBe(slug);
      expect(a.text, q).toMatch(/1\. /);
    }
    // Four English words in a Chinese question name a kind of error, not which one.
    const few = engine.ask("Windows 節點上的 overlay 服務一直報 HNS failed with error，要開哪些連接埠？");
    expect(few.error?.slug).not.toBe("windows-hns-network-conflict");
  });
  it("takes a code further down the paste over the general line that heads it", () => {
    const a = engine.ask(
      'Docker Desktop on start:\nAn unexpected error occurred while executing a WSL command.\ndeploying WSL2 distributions\nensuring main distro is deployed: importing WSL distro "WSL2 is not supported with your current machine configuration.\r\nError code: Wsl/Service/RegisterDistro/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED" exit code: 4294967295\nwhat do I do',
    );
    expect(a.error?.slug).toBe("wsl-2-not-supported-machine-configuration");
    expect(a.text).toContain("Virtual Machine Platform");
  });

  it("answers the WSL, Hyper-V and LCOW errors users meet from their entries", () => {
    for (const [q, slug, says] of [
      [
        "wsl --install finished but the distro fails: WslRegisterDistribution failed with error: 0x8007023e",
        "wsl-register-distribution-application-error",
        "VirtualMachinePlatform",
      ],
      [
        "升级 WSL 到 2.5.4 之后 Docker Desktop 一启动就停了，日志里有 initializing TAP AF_VSOCK: opening tap interface: no such file or directory。怎么解决？",
        "docker-desktop-wsl-tap-interface",
        "wsl --update",
      ],
      [
        'Hyper-V Quick Create says: The Virtual Machine Management Service (VMMS) is not present on this machine. Ensure that the "Hyper-V Services" feature is enabled.',
        "hyper-v-vmms-not-present",
        "Microsoft-Hyper-V",
      ],
      [
        "docker run ubuntu on Windows Server 2016 gives: failed to register layer: failed to start service utility VM (applydiff 1a2b3c): container 1a2b3c_svm encountered an error during CreateContainer: failure in a Windows system call: The data is invalid. (0xd)",
        "lcow-utility-vm-data-invalid",
        "16299",
      ],
      [
        "Installing, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x8000000d\nError: 0x8000000d An illegal state change was requested.",
        "wsl-illegal-state-change",
        "wsl --unregister",
      ],
      [
        "After ticking Expose daemon I get: Unable to expose Docker API on 127.0.0.1:2375,[::1]:2375. The port is already in use by another program.",
        "ports-not-available-access-forbidden",
        "excludedportrange",
      ],
      [
        'Docker for Windows in my Azure VM logs: com.docker.db.exe: Failed to set up server socket listening on hyperv-connect://935720df-c09a-4bef-a0bf-0f83bb77f7e6: Unix.Unix_error(Unix.ENETDOWN, "socket", "")',
        "hyper-v-socket-enetdown",
        "nested virtualization",
      ],
    ] as const) {
      const a = engine.ask(q);
      expect(a.error?.slug, q).toBe(slug);
      expect(a.text, q).toContain(says);
    }
  });

  it("does not take a feature that is on for Docker Desktop's missing-feature error", () => {
    const off = engine.ask("Docker Desktop stops with: Required Windows feature(s) not enabled: Hyper-V. What now?");
    expect(off.error?.slug).toBe("containers-feature-not-enabled");
    const on = engine.ask(
      "Cannot install docker for windows on Win10 enterprise. Error message is shown right after clicking on the installer. Hyper-V feature is enabled and appears in the feature set.",
    );
    expect(on.error?.slug).not.toBe("containers-feature-not-enabled");
  });
});
