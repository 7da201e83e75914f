/** Edition words in English and (Simplified) Chinese, mapped to the edition ids of data/. */
const EDITIONS: readonly [string, RegExp][] = [
  ["home", /\bhome\b|家庭版|家用版|家庭|家用/],
  ["pro", /\bpro\b|\bprofessional\b|专业版|专业/],
  ["enterprise", /\benterprise\b|企业版|企业/],
  ["education", /\beducation\b|\bedu\b|教育版|教育/],
  ["datacenter", /\bdatacenter\b|\bdata center\b|数据中心/],
  ["standard", /\bstandard\b|标准版/],
];

/** The edition a question names, if any. */
export function findEdition(folded: string): string | null {
  for (const [id, re] of EDITIONS) if (re.test(folded)) return id;
  return null;
}

/** A build number ("build 19041", "19041") or a feature-update version ("2004", "20h2") named in the question. */
export function findVersionTokens(folded: string): string[] {
  return [
    ...folded.matchAll(/\b(1[0-9]{4}|2[0-9]{4}|1[5-9]0[0-9]|2[0-4]h[12]|200[0-9]|1[5-9]0[39]|1[5-9]11|1607)\b/g),
  ].map((m) => m[1]!);
}
