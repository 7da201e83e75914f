import type { Text } from "@dockerwin/kb";

const t = (en: string, zhHant: string, zhHans: string): Text => ({ en, "zh-Hant": zhHant, "zh-Hans": zhHans });

/** Every sentence the engine writes around the facts, in the three languages and scripts. */
export const P = {
  yes: t("Yes.", "可以。", "可以。"),
  no: t("No.", "不行。", "不行。"),
  partly: t("Partly:", "有條件可以：", "有条件可以："),
  yesIs: t("Yes.", "是的。", "是的。"),
  noIs: t("No.", "不是。", "不是。"),
  cannotSettle: t(
    "The knowledge base cannot settle that with a yes or no; here is what bears on it.",
    "知識庫無法以是或否回答這一點；以下是相關的事實。",
    "知识库无法以是或否回答这一点；以下是相关的事实。",
  ),
  cannotSettleUnsaid: t(
    "The facts on this do not mention {what}, so they cannot settle it with a yes or no; here is what bears on it.",
    "相關的事實沒有提到{what}，無法以是或否回答；以下是相關的事實。",
    "相关的事实没有提到{what}，无法以是或否回答；以下是相关的事实。",
  ),
  cannotSettleFor: t(
    "The knowledge base cannot settle that with a yes or no for {what}; here is what bears on it.",
    "就{what}而言，知識庫無法以是或否回答；以下是相關的事實。",
    "就{what}而言，知识库无法以是或否回答；以下是相关的事实。",
  ),
  freeYes: t("Yes, it is free.", "是免費的。", "是免费的。"),
  freeNo: t("No, it is not free.", "不是免費的。", "不是免费的。"),
  costYes: t("Yes, it costs money.", "要付費。", "要付费。"),
  costNo: t("No, it does not cost money.", "不用付費。", "不用付费。"),
  priceDepends: t("It depends on who uses it.", "要看使用者是誰。", "要看用户是谁。"),
  errorCause: t("{title}: {cause}", "{title}：{cause}", "{title}：{cause}"),
  fixStep: t("{n}. {step}.", "{n}. {step}。", "{n}. {step}。"),
  fixOnlyOn: t(
    "The fix works only on {list}; {edition} is not one of them.",
    "這個修正只適用於{list}；{edition}不在其中。",
    "这个修正只适用于{list}；{edition}不在其中。",
  ),
  needsBuild: t("{subject} needs {list}.", "{subject} 需要 {list}。", "{subject} 需要 {list}。"),
  buildFloor: t(
    "{os} build {build}{version} or later{arch}",
    "{os} 組建 {build}{version}或更新版本{arch}",
    "{os} 内部版本 {build}{version}或更新版本{arch}",
  ),
  releaseVersion: t(" (version {version})", "（{version} 版）", "（{version} 版）"),
  onArch: t(" on {arch}", "（{arch} 電腦）", "（{arch} 电脑）"),
  buildIs: t("Build {build} is {list}.", "組建 {build} 是 {list}。", "内部版本 {build} 是 {list}。"),
  osVersion: t("{os} version {version}", "{os} {version} 版", "{os} {version} 版"),
  whichEdition: t("Which edition is it: {list}?", "你用的是哪個版本：{list}？", "你用的是哪个版本：{list}？"),
  onlyEditions: t("Only on these editions: {list}.", "僅限這些版本：{list}。", "仅限这些版本：{list}。"),
  editionNotNeeded: t(
    "{edition} is not needed: it also works on {list}.",
    "不一定要{edition}：{list}也能使用。",
    "不一定要{edition}：{list}也能使用。",
  ),
  releaseEnded: t(
    "{release}{editions}: support ended on {date}.",
    "{release}{editions}：支援已於{date}結束。",
    "{release}{editions}：支持已于{date}结束。",
  ),
  releaseExtended: t(
    "{release}{editions}: mainstream support is over; extended support runs until {date}.",
    "{release}{editions}：主流支援已結束，延伸支援到{date}。",
    "{release}{editions}：主流支持已结束，扩展支持到{date}。",
  ),
  releaseSupported: t(
    "{release}{editions}: supported until {date}.",
    "{release}{editions}：支援到{date}。",
    "{release}{editions}：支持到{date}。",
  ),
  asOfData: t(
    "As of {date}, the newest date in this knowledge base.",
    "以本知識庫最新的日期{date}為準。",
    "以本知识库最新的日期{date}为准。",
  ),
  notEdition: t("{edition} is not one of them.", "{edition}不在其中。", "{edition}不在其中。"),
  untilDate: t("This held until {date}.", "這種情況持續到{date}。", "这种情况持续到{date}。"),
  untilConflict: t(
    "They could not run side by side until {date}.",
    "直到{date}之前，兩者無法同時執行。",
    "直到{date}之前，两者无法同时运行。",
  ),
  fromDate: t("This holds from {date}.", "這從{date}起成立。", "这从{date}起成立。"),
  setupWorks: t("{setup}: yes. {reason}", "{setup}：可以。{reason}", "{setup}：可以。{reason}"),
  setupPartly: t("{setup}: with conditions. {reason}", "{setup}：有條件。{reason}", "{setup}：有条件。{reason}"),
  setupNo: t("{setup}: no. {reason}", "{setup}：不行。{reason}", "{setup}：不行。{reason}"),
  worksWith: t("{subject} works with {list}.", "{subject} 搭配的是 {list}。", "{subject} 搭配的是 {list}。"),
  noNeed: t("No.", "不需要。", "不需要。"),
  yesNeed: t("Yes.", "需要。", "需要。"),
  yesHave: t("Yes.", "有。", "有。"),
  noHave: t("No.", "沒有。", "没有。"),
  systemNotNeeded: t(
    "{a} does not need {b}: it also works on {list}.",
    "{a} 不一定要 {b}：在 {list} 上也能使用。",
    "{a} 不一定要 {b}：在 {list} 上也能使用。",
  ),
  needOnlyPart: t(
    "{a} needs only {part}, a part of {b}, not the whole of {b}.",
    "{a} 只需要 {b} 的一部分：{part}，不需要完整的 {b}。",
    "{a} 只需要 {b} 的一部分：{part}，不需要完整的 {b}。",
  ),
  needOnlyIn: t(
    "{a} needs {b} only in {with}; {without} runs without it.",
    "{a} 只有在「{with}」中才需要 {b}；「{without}」不需要它。",
    "{a} 只有在“{with}”中才需要 {b}；“{without}”不需要它。",
  ),
  notWith: t(
    "{a} needs {b} only when it does not use {c}.",
    "{a} 只有在不使用 {c} 時才需要 {b}。",
    "{a} 只有在不使用 {c} 时才需要 {b}。",
  ),
  noSuchEdition: t(
    "{os} has no {edition} edition; its editions are {list}.",
    "{os} 沒有{edition}；它的版本有{list}。",
    "{os} 没有{edition}；它的版本有{list}。",
  ),
  insteadUse: t("What works there instead: {list}.", "可以改用：{list}。", "可以改用：{list}。"),
  nothingWorks: t(
    "None of the Docker setups the knowledge base covers works there.",
    "知識庫涵蓋的 Docker 方案都無法在此使用。",
    "知识库涵盖的 Docker 方案都无法在此使用。",
  ),
  onOs: t("On {os}:", "在 {os} 上：", "在 {os} 上："),
  withoutPart: t("Without {part}:", "不用 {part} 的做法：", "不用 {part} 的做法："),
  setupOnOs: t("{setup} (on {os})", "{setup}（{os}）", "{setup}（{os}）"),
  answerIs: t("{subject}: {list}.", "{subject}：{list}。", "{subject}：{list}。"),
  ownedSince: t("part of {owner} since {date}", "自{date}起屬於 {owner}", "自{date}起属于 {owner}"),
  happened: t("{date}: {title}.", "{date}：{title}。", "{date}：{title}。"),
  timelineOf: t("Timeline of {subject}:", "{subject}的時間軸：", "{subject}的时间线："),
  timeline: t("Timeline:", "時間軸：", "时间线："),
  articleSaid: t(
    "The source article says: {claim} That is {verdict}: {correction}",
    "原文說：{claim}這{verdict}：{correction}",
    "原文说：{claim}这{verdict}：{correction}",
  ),
  compareIntro: t("{a} and {b} compared:", "{a} 與 {b} 的比較：", "{a} 与 {b} 的比较："),
  compareRow: t("{label}: {values}.", "{label}：{values}。", "{label}：{values}。"),
  versus: t(" vs ", " 對比 ", " 对比 "),
  notFound: t(
    "I could not find that in this knowledge base. It covers Docker and containers on Windows: which Windows versions and editions run which Docker setup, Hyper-V, VirtualBox and VMware Workstation, Linux and Windows containers, WSL 2, and their history.",
    "這個知識庫裡找不到答案。它涵蓋 Windows 上的 Docker 與容器：哪些 Windows 版本與版本類型能用哪種 Docker 方案、Hyper-V、VirtualBox 與 VMware Workstation、Linux 容器與 Windows 容器、WSL 2，以及它們的歷史。",
    "这个知识库里找不到答案。它涵盖 Windows 上的 Docker 与容器：哪些 Windows 版本与版本类型能用哪种 Docker 方案、Hyper-V、VirtualBox 与 VMware Workstation、Linux 容器与 Windows 容器、WSL 2，以及它们的历史。",
  ),
  unknownRelation: t(
    "The knowledge base has no fact that settles this for {a} and {b}.",
    "知識庫沒有能判斷 {a} 與 {b} 這個問題的事實。",
    "知识库没有能判断 {a} 与 {b} 这个问题的事实。",
  ),
};

export const VERDICT_WORDS: Record<string, Text> = {
  CORRECT: t("correct", "正確", "正确"),
  IMPRECISE: t("imprecise", "不夠精確", "不够精确"),
  WRONG: t("wrong as stated", "說法有誤", "说法有误"),
  OUTDATED: t("out of date", "已經過時", "已经过时"),
  GUESS: t("a guess", "是猜測", "是猜测"),
};

/** Follow-up question templates; {x} and {y} are entity names. */
export const FOLLOW = {
  whatIs: t("What is {x}?", "什麼是 {x}？", "什么是 {x}？"),
  when: t("When was {x} released?", "{x} 是什麼時候發布的？", "{x} 是什么时候发布的？"),
  compare: t("Compare {x} and {y}", "{x} 和 {y} 有什麼區別？", "{x} 和 {y} 有什么区别？"),
  dockerOn: t("Can I run Docker on {x}?", "{x} 能用 Docker 嗎？", "{x} 能用 Docker 吗？"),
  supportOn: t("Does {x} support {y}?", "{x} 支援 {y} 嗎？", "{x} 支持 {y} 吗？"),
  whatAbout: t("What about {x}?", "那 {x} 呢？", "那 {x} 呢？"),
  timeline: t("Give me the timeline of {x}", "{x} 的發展歷程是什麼？", "{x} 的发展历程是什么？"),
  examples: [
    t("Can I run Docker on Windows 7?", "Win7 能用 Docker 嗎？", "Win7 能用 Docker 吗？"),
    t(
      "Does Windows 10 Home support Hyper-V?",
      "Windows 10 家用版支援 Hyper-V 嗎？",
      "Windows 10 家庭版支持 Hyper-V 吗？",
    ),
    t("Give me the timeline of Windows containers", "Windows 容器的發展歷程是什麼？", "Windows 容器的发展历程是什么？"),
  ],
};
