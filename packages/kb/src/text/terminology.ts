import type { GlossaryTerm } from "../schema/glossary.js";
import { hasHan, toSimplifiedPhrases, toTraditionalChars, foldToSimplified } from "./chinese.js";

/** A term that does not belong in the script it was found in, and what to write instead. */
export interface TermHit {
  /** The word as it stands in the text. */
  found: string;
  /** What the glossary says to write. */
  write: string;
  index: number;
  /** The glossary entry, by its Traditional term. */
  entry: string;
}

interface Pattern {
  form: string;
  write: string;
  entry: string;
  /** Allowed longer words that contain the form, blanked out before searching (虛擬機器 for 虛擬機). */
  masks: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The glossary put to work: derives mainland Simplified from Taiwan Traditional, and finds the
 * terms of one region standing in the other region's text.
 */
export class Terminology {
  /** OpenCC's output for a Taiwan term → the mainland term, longest first. */
  private readonly fixes = new Map<string, string>();
  private readonly fixer: RegExp | undefined;
  private readonly taiwanForms: Pattern[] = [];
  private readonly mainlandForms: Pattern[] = [];
  private readonly variantForms: Pattern[] = [];
  private readonly derived = new Map<string, string>();

  constructor(readonly terms: readonly GlossaryTerm[]) {
    for (const [key, hans] of fixKeys(terms)) if (!this.fixes.has(key)) this.fixes.set(key, hans);
    // Entries OpenCC already gets right map to themselves: they keep a longer right phrase
    // (图形界面) from being rewritten by a shorter fix inside it (界面 → 接口).
    const keys = [...this.fixes.keys()].sort((a, b) => b.length - a.length);
    this.fixer = keys.length > 0 ? new RegExp(keys.map(escape).join("|"), "gu") : undefined;

    const hansTerms = terms.map((t) => t["zh-Hans"]);
    const hantTerms = terms.map((t) => t["zh-Hant"]);
    const allVariants = terms.flatMap((t) => t.variants ?? []);
    const containing = (all: string[], form: string) => [...new Set(all.filter((w) => w !== form && w.includes(form)))];
    for (const t of terms) {
      const hant = t["zh-Hant"];
      const hans = t["zh-Hans"];
      if (t.taiwanOnly !== false) {
        // The Taiwan word in Simplified characters, as a character conversion or a writer leaves it.
        // (OpenCC's own phrase output is not searched: it is often good mainland usage, 激活.)
        const form = foldToSimplified(hant);
        if (form !== hans && !hansTerms.includes(form)) {
          // No masks: a glossary entry whose mainland term still holds a Taiwan term is a mistake
          // the linter should show, not hide.
          this.taiwanForms.push({ form, write: hans, entry: hant, masks: [] });
        }
      }
      const mainland = toTraditionalChars(hans);
      const isVariant = (t.variants ?? []).includes(mainland);
      if (t.mainlandOnly !== false && mainland !== hant && !hantTerms.includes(mainland) && !isVariant) {
        // Listed variants are the other rule's to report (客戶端作業系統 holds 客戶端).
        const masks = containing([...hantTerms, ...allVariants], mainland);
        this.mainlandForms.push({ form: mainland, write: hant, entry: hant, masks });
      }
      for (const v of t.variants ?? []) {
        this.variantForms.push({ form: v, write: hant, entry: hant, masks: containing(hantTerms, v) });
      }
    }
  }

  /** Taiwan Traditional → mainland Simplified: OpenCC, then the glossary on what it left. */
  simplify(hant: string): string {
    if (!hasHan(hant)) return hant;
    // The linter and the compiler both derive every text; the second asks for the same strings.
    let out = this.derived.get(hant);
    if (out === undefined) {
      const converted = toSimplifiedPhrases(hant);
      out = this.fixer ? converted.replace(this.fixer, (m) => this.fixes.get(m) ?? m) : converted;
      this.derived.set(hant, out);
    }
    return out;
  }

  /** Taiwan terms in a Simplified text (映像 where the mainland says 镜像). */
  taiwanTermsIn(hans: string): TermHit[] {
    return find(hans, this.taiwanForms);
  }

  /** Mainland terms in a Traditional text (鏡像 where Taiwan says 映像). */
  mainlandTermsIn(hant: string): TermHit[] {
    return find(hant, this.mainlandForms);
  }

  /** Second spellings of a concept in a Traditional text (行程隔離 where the glossary has 處理序隔離). */
  variantsIn(hant: string): TermHit[] {
    return find(hant, this.variantForms);
  }
}

/**
 * What each entry rewrites in OpenCC's output, most binding first: the mainland term itself (so it
 * stays), OpenCC's conversion of the Taiwan term (界面 → 接口), and the Taiwan term in Simplified
 * characters, for where OpenCC's phrase table left it (组建 → 内部版本). The last only for
 * Taiwan-only terms: 建立 or 执行 left in OpenCC's output are good mainland words.
 */
export function fixKeys(terms: readonly GlossaryTerm[]): [key: string, hans: string][] {
  return [
    ...terms.map((t): [string, string] => [t["zh-Hans"], t["zh-Hans"]]),
    ...terms.map((t): [string, string] => [toSimplifiedPhrases(t["zh-Hant"]), t["zh-Hans"]]),
    ...terms
      .filter((t) => t.taiwanOnly !== false)
      .map((t): [string, string] => [foldToSimplified(t["zh-Hant"]), t["zh-Hans"]]),
  ];
}

function find(text: string, patterns: readonly Pattern[]): TermHit[] {
  if (!hasHan(text)) return [];
  const hits: TermHit[] = [];
  for (const p of patterns) {
    let masked = text;
    for (const m of p.masks) masked = masked.split(m).join("\u0000".repeat(m.length));
    for (let i = masked.indexOf(p.form); i !== -1; i = masked.indexOf(p.form, i + p.form.length)) {
      hits.push({ found: p.form, write: p.write, index: i, entry: p.entry });
    }
  }
  // One report per place: a longer hit (組建編號) covers the shorter ones inside it (組建).
  hits.sort((a, b) => a.index - b.index || b.found.length - a.found.length);
  const out: TermHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.index < end) continue;
    out.push(h);
    end = h.index + h.found.length;
  }
  return out;
}

const built = new WeakMap<readonly unknown[], Terminology>();

/** The terminology of a glossary as read from data/, built once per read. */
export function terminologyOf(glossary: readonly { value: GlossaryTerm }[]): Terminology {
  let t = built.get(glossary);
  if (!t) built.set(glossary, (t = new Terminology(glossary.map((g) => g.value))));
  return t;
}
