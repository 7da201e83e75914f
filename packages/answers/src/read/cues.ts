import type { EntityKind, RelationType } from "@dockerwin/kb";
import type { Intent } from "../Answer.js";

/**
 * The words that tell what a question asks, in English and Simplified Chinese (questions are
 * folded to Simplified before matching, so Traditional is covered too). Tried in order: the
 * first intent whose cue matches wins, because "what is the difference" is a comparison.
 */
export const INTENT_CUES: readonly [Intent, RegExp][] = [
  [
    "COMPARE",
    /差在|有何不同|不一样|\bvs\b|\bversus\b|\bcompar|\bdifferen|\bdiffer\b|区别|差别|差异|不同|比较|对比|哪个好|相比/,
  ],
  [
    "HISTORY",
    /\bover (the years|time)\b|\bchanged? over\b|\bwhat happened to\b|\bevolv\w*|\bc(a|o)me about\b|\borigins?\b|\btimeline\b|\bhistory\b|\bhistorical\b|\bevolution\b|\bmilestones?\b|历程|历史|时间线|时间轴|发展|演变|大事记|里程碑/,
  ],
  // A question that opens with "can", "does", "is" asks yes or no, whatever follows ("Does X
  // need Y when I use Z?"), unless it only asks politely for something else ("can you tell me").
  [
    "YES_NO",
    /^(can|could|does|do|did|is|are|was|were|will|would|has|have|should|may)\b(?! you (tell|show|give|explain|list))/,
  ],
  [
    "WHEN",
    /\bwhen\b|\bwhat year\b|\bwhich year\b|\bwhat date\b|\bwhich date\b|\bhow long ago\b|什么时候|哪年|哪一年|何时|几时|什么时间|哪一天|哪天|几月/,
  ],
  [
    "HOW",
    /\bhow (can|do|should|to|would|could)\b|\bshould i\b|\bwhat should\b|\brecommend|\bbest way\b|怎么|怎样|如何|推荐|建议|该用|应该用|咋/,
  ],
  [
    "LIST",
    /\balternatives?\b|替代品|替代方案|\bwhich\b|\bwhat (kinds?|types?|languages?|features?|hypervisors?|os|operating|guests?|editions?|versions?|tools?|products?|technolog|mechanism|components?)\b|\blist\b|哪些|哪个|哪种|哪款|哪家|用啥|啥(虚拟机|系统|软件|工具|技术)|什么技术|什么(虚拟机|系统|软件|语言|工具|组件|版本)|\bwho\b|谁/,
  ],
  [
    "YES_NO",
    /\b(is it|can it|does it|can i|can you)\b|吗|能不能|可不可以|是否|能否|可否|支不支持|有没有|行不行|(^|[^功性可])能(用|跑|运行|安装|装|在|支持|启用|开|同时)|可以(用|跑|运行|安装|装|在|支持|启用|开|同时)/,
  ],
  [
    "WHAT_IS",
    /\bwhat (is|are|s|was|were)\b|\bwhats\b|\bexplain\b|\bdefine\b|\bdefinition\b|\bmeaning of\b|\btell me about\b|\bdescribe\b|叫什么|什么名字|\bname of\b|\bnamed\b|什么是|是什么|是啥|介绍|干什么|做什么|干嘛|啥是/,
  ],
];

/** A question that only makes sense with the conversation before it. */
export const FOLLOW_UP =
  /^(and|also|what about|how about|what of|then|but)\b|^(那|那么|还有|另外|然后|再问)|呢$|\b(it|its|they|them|this one|that one)\b|它|他们|它们|这个|那个/;

/** What kind of entity a "which …" question asks for. */
export const ASKED_KIND: readonly [EntityKind, RegExp][] = [
  [
    "HYPERVISOR",
    /\bhypervisors?\b|\bvirtuali[sz]ation (software|product)\b|\bvm software\b|虚拟机软件|虚拟化软件|虚拟机|hypervisor/,
  ],
  [
    "OS_VERSION",
    /\b(operating systems?|os|systems?|platforms?|editions?|updates?|windows versions?|os versions?|hosts?|guests?)\b|系统|平台|更新/,
  ],
  ["COMPANY", /\b(company|companies|vendor|maker|who)\b|公司|厂商|谁/],
  [
    "TECHNOLOGY",
    /\b(technolog\w*|features?|mechanisms?|kernel features?|primitives?|interfaces?|apis?)\b|技术|机制|功能|特性|接口/,
  ],
  ["CONTAINER_TYPE", /\b(container types?|kinds? of containers?|isolation modes?)\b|容器类型|隔离模式/],
  ["PRODUCT", /\b(tools?|products?|components?|software|apps?|programs?)\b|工具|产品|组件|软件/],
];

/** Which relations a question's verb points at. */
export const RELATION_CUES: readonly [RelationType, RegExp][] = [
  ["MADE_BY", /\b(made|makes|make|develop\w*|created? by|owns?|owned|vendor|maker|who)\b|开发|谁|出品|厂商|公司/],
  ["INCLUDES", /\b(includ\w*|contains?|bundles?|bundled|ships?|comes? with)\b|包含|包括|附带|自带|内置|含有/],
  [
    "USES",
    /\b(uses?|using|used|relies|rely|built on|based on|runs? (in|inside))\b|使用|用的|用了|基于|依赖|用什么|用哪/,
  ],
  ["BASED_ON", /\b(based on|built on|derived)\b|基于|基於/],
  ["ALTERNATIVE_TO", /\balternatives?\b|\binstead\b|替代品|替代方案|代替/],
  ["REQUIRES", /\b(requires?|required|needs?|needed|prerequisites?)\b|需要|要求|前提/],
  ["RUNS_ON", /\b(runs? on|run|supports?|supported|works? on|installs? on|hosts?|guests?)\b|支持|运行|跑|安装|兼容/],
  [
    "SUCCEEDED_BY",
    /\b(next|after|successor|replac\w*|superseded|succeeded|before|predecessor|preceded)\b|之后|后继|取代|替代|接替|之前|前身/,
  ],
];

/** Words that change what a yes/no question asks. */
export const SAME_TIME =
  /\bcompatib\w*|兼容|\bwhile\b.*\b(on|enabled|active|running|installed)\b|\bturned on\b|\bwith hyper ?v (on|enabled|active)\b|开着|开启.*时|启用.*时|\b(same time|simultaneous\w*|together|side by side|alongside|coexist\w*|both at once|at once|concurrently|mix)\b|同时|一起|共存|并存|混合|同一台/;

/** Words that carry no subject matter, left out when facts are ranked by the words they share. */
export const STOP_WORDS = new Set(
  (
    "a an the of in on at to for from by with about and or but not no yes is are was were be been being do does did " +
    "can could will would should may might must shall have has had i you he she it we they me my your its our their " +
    "this that these those what which who whom whose when where why how there here than then so if as into onto " +
    "any some all each every more most such only own same too very just also s t don doesn isn aren wasn weren " +
    "get got use used using run running runs work works need needs want like tell give show please thing things " +
    "windows docker"
  ).split(" "),
);
