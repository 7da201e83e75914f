/**
 * The answer engine writes plain text with line breaks; this reads its shape so that the chat can
 * lay it out: a lead sentence, paragraphs, numbered steps, one bullet per option (✓ / ◐ / ✗),
 * commands as code, `code` spans and citation markers [n] inside sentences. The engine never
 * sends HTML, and nothing here produces any: the result is data that React renders as text.
 */

export type Inline = { kind: "text"; text: string } | { kind: "code"; text: string } | { kind: "cite"; n: number };

/** What an option bullet says about it. */
export type Mark = "yes" | "partly" | "no";

export type Block =
  | { kind: "paragraph"; inlines: Inline[] }
  /** `start`: the number of the first step (steps go on after a command between them). */
  | { kind: "steps"; start: number; items: Inline[][] }
  | { kind: "options"; items: { mark: Mark | null; inlines: Inline[] }[] }
  | { kind: "code"; text: string };

export interface AnswerLayout {
  /** The direct answer, one sentence; null when the text is empty. */
  lead: Inline[] | null;
  blocks: Block[];
}

const STEP = /^(\d{1,2})[.)、．]\s*(.+)$/;
const BULLET = /^[-•*·]\s+(.+)$/;
const MARKS: Record<string, Mark> = { "✓": "yes", "✔": "yes", "◐": "partly", "✗": "no", "✘": "no" };
const MARKED = /^([✓✔◐✗✘])\s*(.+)$/;
/** A whole line in backticks, or one that starts the way a shell command does. */
const FENCED = /^`([^`]+)`$/;
const COMMAND = /^(PS [A-Z]:\\[^>]*>|PS>|\$ |docker |wsl |bcdedit |dism |Enable-WindowsOptionalFeature |Get-|Set-)/;

/** Splits text into inline parts: `code` spans and [n] citations (only numbers 1..citations). */
export function parseInline(text: string, citations = 0): Inline[] {
  const parts: Inline[] = [];
  const pattern = /`([^`]+)`|\[(\d{1,2})\]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    const n = match[2] ? Number(match[2]) : 0;
    if (match[2] && (n < 1 || n > citations)) continue;
    if (index > last) parts.push({ kind: "text", text: text.slice(last, index) });
    parts.push(match[1] !== undefined ? { kind: "code", text: match[1] } : { kind: "cite", n });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** Where the first sentence ends (after its full stop), or -1 when the text is one sentence. */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "（" || c === "「" || c === "“") depth++;
    else if ((c === ")" || c === "）" || c === "」" || c === "”") && depth > 0) depth--;
    else if (depth === 0 && (c === "。" || c === "！" || c === "？")) return i + 1 < text.length ? i + 1 : -1;
    else if (depth === 0 && (c === "." || c === "!" || c === "?") && text[i + 1] === " " && i + 2 < text.length) {
      // "e.g. " and "No. 3" are not ends of sentences; a lower-case word after the stop is not either.
      const next = text[i + 2] ?? "";
      if (/[a-z]/.test(next) || /\b(e\.g|i\.e|vs|etc)$/i.test(text.slice(Math.max(0, i - 4), i))) continue;
      return i + 1;
    }
  }
  return -1;
}

function codeLine(line: string): string | null {
  const fenced = FENCED.exec(line);
  if (fenced?.[1]) return fenced[1];
  return COMMAND.test(line) ? line : null;
}

/** How the engine ends the name of a setup with its verdict ("Docker Toolbox: with conditions."). */
export type SetupMarks = Record<Mark, readonly string[]>;

const BULLET_OF: Record<Mark, string> = { yes: "✓", partly: "◐", no: "✗" };

/**
 * A line that runs several setups together ("On Windows 7: A: yes. Why. B: no. Why.") as an
 * introduction and one marked bullet line per setup. A setup's name starts after the sentence
 * or the colon before its mark. Lines with fewer than two setups are left as they are.
 */
export function splitSetups(line: string, marks: SetupMarks): string[] {
  const found: { at: number; end: number; mark: Mark; colon: string }[] = [];
  for (const mark of ["yes", "partly", "no"] as const) {
    for (const word of marks[mark]) {
      // The name and its reason are joined by the colon the mark opens with, in its script.
      const colon = word.trimStart().startsWith("：") ? "：" : ": ";
      for (let i = line.indexOf(word); i >= 0; i = line.indexOf(word, i + word.length)) {
        found.push({ at: i, end: i + word.length, mark, colon });
      }
    }
  }
  if (found.length < 2) return [line];
  found.sort((a, b) => a.at - b.at);
  const starts = found.map(({ at }) => {
    const before = line.slice(0, at);
    return Math.max(...[". ", ": ", "。", "：", "! ", "? "].map((b) => before.lastIndexOf(b) + b.trimEnd().length)) + 1;
  });
  const out: string[] = [];
  const intro = line.slice(0, Math.max(0, (starts[0] ?? 1) - 1)).trim();
  if (intro) out.push(intro);
  found.forEach((f, i) => {
    const name = line.slice((starts[i] ?? 1) - 1, f.at).trim();
    const reason = line.slice(f.end, i + 1 < found.length ? (starts[i + 1] ?? 1) - 1 : line.length).trim();
    out.push(`- ${BULLET_OF[f.mark]} ${name}${reason ? `${f.colon}${reason}` : ""}`);
  });
  return out;
}

/**
 * The layout of an answer's text; `citations` is how many facts [n] may point at, `marks` how
 * the engine writes a setup's verdict in the text's language.
 */
export function layoutAnswer(text: string, citations = 0, marks?: SetupMarks): AnswerLayout {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap((l) => (marks ? splitSetups(l, marks) : [l]));
  const blocks: Block[] = [];
  let lead: Inline[] | null = null;
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    const code = codeLine(line);
    const step = STEP.exec(line);
    const bullet = BULLET.exec(line) ?? (MARKED.test(line) ? [line, line] : null);
    if (code !== null) {
      if (previous?.kind === "code") previous.text += `\n${code}`;
      else blocks.push({ kind: "code", text: code });
    } else if (step?.[2]) {
      const item = parseInline(step[2], citations);
      if (previous?.kind === "steps") previous.items.push(item);
      else blocks.push({ kind: "steps", start: Number(step[1]), items: [item] });
    } else if (bullet?.[1]) {
      const marked = MARKED.exec(bullet[1]);
      const item =
        marked?.[1] && marked[2]
          ? { mark: MARKS[marked[1]] ?? null, inlines: parseInline(marked[2], citations) }
          : { mark: null, inlines: parseInline(bullet[1], citations) };
      if (previous?.kind === "options") previous.items.push(item);
      else blocks.push({ kind: "options", items: [item] });
    } else if (lead === null && blocks.length === 0) {
      // The first line leads; when it runs on past its first sentence, the rest is a paragraph.
      const end = firstSentenceEnd(line);
      lead = parseInline(end < 0 ? line : line.slice(0, end), citations);
      const rest = end < 0 ? "" : line.slice(end).trim();
      if (rest) blocks.push({ kind: "paragraph", inlines: parseInline(rest, citations) });
    } else {
      blocks.push({ kind: "paragraph", inlines: parseInline(line, citations) });
    }
  }
  return { lead, blocks };
}

/**
 * The text without a verdict word it opens with ("Yes.", "Partly:", "可以。"), when a badge already
 * says it: the verdict is told once. `words` are the engine's verdict words in the answer's language.
 */
export function withoutVerdictLead(text: string, words: readonly string[]): string {
  for (const word of words) {
    if (!text.startsWith(word)) continue;
    const rest = text.slice(word.length);
    const match = /^[.:!,;。：！，；]\s*/.exec(rest);
    if (match) return rest.slice(match[0].length);
  }
  return text;
}

/**
 * Takes the source article's critique out of an answer's text, to show it in its own panel: from
 * the line or sentence that opens with one of `cues` ("The source article says") to the end of
 * that line. Returns the text without it, and the critique (null when there is none).
 */
export function splitCritique(text: string, cues: readonly string[]): { text: string; critique: string | null } {
  let at = -1;
  for (const cue of cues) {
    for (let from = 0; ;) {
      const i = text.indexOf(cue, from);
      if (i < 0) break;
      const before = text.slice(0, i).trimEnd();
      // Only where a line or a sentence begins, never in the middle of one.
      if (before === "" || /[\n.!?。！？:：]$/.test(before)) {
        if (at < 0 || i < at) at = i;
        break;
      }
      from = i + cue.length;
    }
  }
  if (at < 0) return { text, critique: null };
  const lineEnd = text.indexOf("\n", at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const rest = `${text.slice(0, at).trimEnd()}\n${text.slice(end).trimStart()}`.trim();
  return { text: rest, critique: text.slice(at, end).trim() };
}
