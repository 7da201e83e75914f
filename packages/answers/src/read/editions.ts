/** Edition words in English and (Simplified) Chinese, mapped to the edition ids of data/. */
const EDITIONS: readonly [string, RegExp][] = [
  ["home-premium", /\bhome premium\b|家庭高级版|家用进阶版/],
  ["home-basic", /\bhome basic\b|家庭普通版|家用入门版/],
  ["starter", /\bstarter\b|入门版|简易版/],
  ["ultimate", /\bultimate\b|旗舰版/],
  ["home", /\bhome\b|家庭版|家用版|家庭|家用/],
  ["professional", /\bprofessional\b/],
  ["pro", /\bpro\b|专业版|专业/],
  ["enterprise", /\benterprise\b|企业版|企业/],
  ["education", /\beducation\b|\bedu\b|教育版|教育/],
  ["datacenter", /\bdatacenter\b|\bdata center\b|数据中心/],
  ["standard", /\bstandard\b|标准版/],
];

/**
 * The edition a question names, if any, as the OS calls it: Windows 7 has "professional" where
 * later versions have "pro".
 */
export function findEdition(folded: string, editionsOf: readonly string[] = []): string | null {
  for (const [id, re] of EDITIONS) {
    if (!re.test(folded)) continue;
    if (id === "professional" && editionsOf.length > 0 && !editionsOf.includes(id)) return "pro";
    if (id === "pro" && editionsOf.includes("professional")) return "professional";
    return id;
  }
  return null;
}

/** A build number ("build 19041", "19041") or a feature-update version ("2004", "20h2") named in the question. */
export function findVersionTokens(folded: string): string[] {
  return [
    ...folded.matchAll(/\b(1[0-9]{4}|2[0-9]{4}|1[5-9]0[0-9]|2[0-4]h[12]|200[0-9]|1[5-9]0[39]|1[5-9]11|1607)\b/g),
  ].map((m) => m[1]!);
}
