/** Words that ask for one attribute, so "which guest OS" reads the guestOs attribute. */
export const ATTRIBUTE_CUES: readonly [string, RegExp][] = [
  ["latestRelease", /\b(latest|newest|current|last) (version|release)\b|最新版本|最新版|最新的版本|目前版本/],
  ["guestOs", /\bguests?\b|客户机|客户端系统|客体/],
  ["hostOs", /\bhosts? (os|operating|system)|\bhost\b.*\b(run|install)|宿主/],
  ["licence", /\blicen[cs]e|\bopen source\b|\bgpl\b|授权|许可|开源/],
  ["price", /\bpric\w*|\bcost\b|\bfree\b|\bpaid\b|\bpay\b|免费|收费|价格|多少钱|付费/],
  ["hardwareRequirements", /\bhardware\b|\bcpu\b|\bram\b|\bmemory\b|\bprocessor\b|硬件|内存|处理器|配置要求/],
  ["osRequirements", /\brequirements?\b|\bprerequisites?\b|系统要求|需求/],
  [
    "status",
    /\bstatus\b|\bdeprecated\b|\bstill (supported|maintained|available)\b|\bdiscontinued\b|\bdead\b|状态|弃用|还在维护|停止/,
  ],
  ["language", /\bwritten in\b|\bprogramming language\b|什么语言写|开发语言/],
  ["codename", /\bcode ?name\b|代号/],
  ["imageSize", /\bsize\b|\bhow big\b|\bhow large\b|大小|多大/],
  ["headquarters", /\bheadquarter|\bbased in\b|总部/],
  ["founded", /\bfounded\b|成立/],
  ["hypervisorType", /\btype ?[12]\b|\bbare metal\b|\bhosted\b|第一型|第二型|类型/],
];
