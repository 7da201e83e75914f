import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GlossaryFileSchema } from "../schema/glossary.js";
import { Terminology } from "./terminology.js";

// The shipped glossary: these are the words a mainland reader sees.
const GLOSSARY = fileURLToPath(new URL("../../../../data/glossary.yaml", import.meta.url));
const terms = new Terminology(GlossaryFileSchema.parse(parse(readFileSync(GLOSSARY, "utf8"))).terms);

describe("Terminology.simplify", () => {
  it.each([
    ["Windows 10 家用版透過 WSL 2 執行 Linux 容器映像", "Windows 10 家庭版通过 WSL 2 运行 Linux 容器镜像"],
    ["組建 19041 起支援處理序隔離", "内部版本 19041 起支持进程隔离"],
    ["Docker 用戶端與常駐程式", "Docker 客户端与守护进程"],
    ["從登錄庫下載基礎映像", "从镜像仓库下载基础镜像"],
    ["在系統匣切換，並建立虛擬交換器", "在系统托盘切换，并创建虚拟交换机"],
    ["64 位元的實體電腦，預設啟用", "64 位的物理机，默认启用"],
    ["Windows 7 家用入門版、家用進階版與旗艦版", "Windows 7 家庭普通版、家庭高级版与旗舰版"],
    ["長期服務通道與半年通道", "长期服务频道与半年频道"],
    ["客體作業系統的核心", "客户机操作系统的内核"],
    ["圖形介面與網路介面", "图形界面与网络接口"],
    ["寫入登錄檔", "写入注册表"],
    ["啟用「容器」功能", "启用“容器”功能"],
    ["為該 WSL 發行版本開啟整合", "为该 WSL 发行版启用集成"],
    ["更新變更網路介面卡", "更新变更网络适配器"],
    ["Docker 建立在 runc 之上，用來建立容器", "Docker 建立在 runc 之上，用来创建容器"],
  ])("%s → %s", (hant, hans) => expect(terms.simplify(hant)).toBe(hans));

  it("leaves text without Chinese alone", () => expect(terms.simplify("Hyper-V 10.0")).toBe("Hyper-V 10.0"));
});

describe("Terminology checks", () => {
  it("finds Taiwan terms written in Simplified characters", () => {
    expect(terms.taiwanTermsIn("拉取映像需要组建 19041").map((h) => [h.found, h.write])).toEqual([
      ["映像", "镜像"],
      ["组建", "内部版本"],
    ]);
  });

  it("finds mainland terms in Traditional, but not inside the Taiwan term", () => {
    expect(terms.mainlandTermsIn("拉取鏡像需要 64 位元的操作系統").map((h) => h.found)).toEqual(["鏡像", "操作系統"]);
  });

  it("reports one hit per place, the longest", () => {
    expect(terms.taiwanTermsIn("组建编号").map((h) => h.found)).toEqual(["组建编号"]);
  });
});
