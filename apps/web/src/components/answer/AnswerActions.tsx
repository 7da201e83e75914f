"use client";

import type { Answer } from "@/graphql/operations/ask";
import { useI18n } from "@/i18n/I18nProvider";
import { answerWordsOf } from "@/i18n/answerWords";
import { localeOfApiLanguage } from "@/i18n/locales";
import { withoutVerdictLead } from "@/lib/answerText";
import { shareHref } from "@/lib/chat";
import styles from "./AnswerActions.module.css";
import { CopyButton } from "./CopyButton";

/** Copy the answer, or copy a link to it. */
export function AnswerActions({
  question,
  history,
  answer,
}: {
  question: string;
  history: readonly string[];
  answer: Answer;
}) {
  const { locale, t } = useI18n();
  const href = shareHref(locale, question, history);
  return (
    <div className={styles.actions}>
      <CopyButton
        label={t.answer.copy}
        ariaLabel={t.answer.copyLabel}
        done={t.answer.copied}
        text={() => answerAsText(question, answer, t.answer.verdicts, t.answer.sourcesHeading)}
      />
      <CopyButton
        label={t.answer.share}
        ariaLabel={t.answer.shareLabel}
        done={t.answer.linkCopied}
        href={href}
        text={() => new URL(href, window.location.href).toString()}
        icon="link"
      />
    </div>
  );
}

/** The answer as plain text for the clipboard: question, verdict, text and sources. */
export function answerAsText(
  question: string,
  answer: Answer,
  verdicts: Record<"YES" | "NO" | "PARTLY", string>,
  sourcesHeading: string,
): string {
  const urls = new Map<string, string>();
  for (const f of answer.facts) for (const s of f.sources) if (s.url) urls.set(s.url, s.title);
  const lines = [
    `> ${question}`,
    "",
    ...(answer.verdict ? [`${verdicts[answer.verdict]}.`] : []),
    // The verdict is said once: not again by the text's own opening word.
    answer.verdict
      ? withoutVerdictLead(answer.text, answerWordsOf(localeOfApiLanguage(answer.language)).verdictLeads)
      : answer.text,
    ...(urls.size > 0 ? ["", `${sourcesHeading}:`, ...[...urls].map(([url, title]) => `- ${title} <${url}>`)] : []),
  ];
  return lines.join("\n");
}
