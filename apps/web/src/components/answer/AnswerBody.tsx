"use client";

import type { ReactNode } from "react";
import { format } from "@/i18n/format";
import { useI18n } from "@/i18n/I18nProvider";
import type { AnswerLayout, Block, Inline, Mark } from "@/lib/answerText";
import styles from "./AnswerBody.module.css";
import { CodeBlock } from "./CodeBlock";

const MARK_SYMBOL: Record<Mark, string> = { yes: "✓", partly: "◐", no: "✗" };

interface Props {
  layout: AnswerLayout;
  /** Where citation [n] points: `#${factAnchor}-${n}`, the answer's fact number n. */
  factAnchor: string;
  lang: string;
}

function Inlines({ parts, factAnchor }: { parts: readonly Inline[]; factAnchor: string }) {
  const { t } = useI18n();
  return parts.map((part, i) =>
    part.kind === "text" ? (
      part.text
    ) : part.kind === "code" ? (
      <code key={i} className={styles.code} translate="no">
        {part.text}
      </code>
    ) : (
      <sup key={i} className={styles.cite}>
        <a href={`#${factAnchor}-${part.n}`} aria-label={format(t.answer.citation, { n: String(part.n) })}>
          [{part.n}]
        </a>
      </sup>
    ),
  );
}

function BlockView({ block, factAnchor }: { block: Block; factAnchor: string }): ReactNode {
  switch (block.kind) {
    case "paragraph":
      return (
        <p className={styles.paragraph}>
          <Inlines parts={block.inlines} factAnchor={factAnchor} />
        </p>
      );
    case "steps":
      return (
        <ol className={styles.steps} start={block.start}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines parts={item} factAnchor={factAnchor} />
            </li>
          ))}
        </ol>
      );
    case "options":
      return (
        <ul className={styles.options}>
          {block.items.map((item, i) => (
            <li key={i} data-mark={item.mark ?? undefined}>
              {item.mark && (
                <span className={styles.mark} aria-hidden="true">
                  {MARK_SYMBOL[item.mark]}
                </span>
              )}
              <span>
                <Inlines parts={item.inlines} factAnchor={factAnchor} />
              </span>
            </li>
          ))}
        </ul>
      );
    case "code":
      return <CodeBlock code={block.text} />;
  }
}

/** An answer's text laid out: the lead sentence first, then paragraphs, steps, options and commands. */
export function AnswerBody({ layout, factAnchor, lang }: Props) {
  return (
    <div className={styles.body} lang={lang} data-testid="answer-text">
      {layout.lead && (
        <p className={styles.lead}>
          <Inlines parts={layout.lead} factAnchor={factAnchor} />
        </p>
      )}
      {layout.blocks.map((block, i) => (
        <BlockView key={i} block={block} factAnchor={factAnchor} />
      ))}
    </div>
  );
}

/** The blocks of a pasted error's answer, in the order of a fix: cause, then the steps. */
export function splitCauseAndFix(layout: AnswerLayout): { cause: AnswerLayout; fix: Block[] } {
  const first = layout.blocks.findIndex((b) => b.kind === "steps" || b.kind === "code");
  if (first < 0) return { cause: layout, fix: [] };
  return { cause: { lead: layout.lead, blocks: layout.blocks.slice(0, first) }, fix: layout.blocks.slice(first) };
}

/** The fix steps of an error card. */
export function FixSteps({ blocks, factAnchor, lang }: { blocks: readonly Block[]; factAnchor: string; lang: string }) {
  return (
    <div className={styles.body} lang={lang}>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} factAnchor={factAnchor} />
      ))}
    </div>
  );
}
