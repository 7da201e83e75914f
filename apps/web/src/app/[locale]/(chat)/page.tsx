import type { Metadata } from "next";
import { Chat, type InitialTurn } from "@/components/chat/Chat";
import { ask } from "@/data/ask";
import { load } from "@/graphql/client";
import { apiLanguage } from "@/i18n/locales";
import { i18nOf } from "@/i18n/server";
import { withoutVerdictLead } from "@/lib/answerText";
import { readChatParams, shareHref } from "@/lib/chat";
import { excerpt, pageMetadata } from "@/lib/metadata";
import type { SearchParams } from "@/lib/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await i18nOf(params);
  const { question, history } = readChatParams(await searchParams);
  if (!question) return pageMetadata(locale, "", { title: t.chat.title, description: t.meta.description });
  const result = await load(ask(question, history, apiLanguage(locale)));
  const query = shareHref(locale, question, history).slice(`/${locale}`.length);
  const description = result.ok
    ? excerpt(
        result.data.verdict
          ? `${t.answer.verdicts[result.data.verdict]}. ${withoutVerdictLead(result.data.text, t.answer.verdictLeads)}`
          : result.data.text,
      )
    : t.meta.description;
  return pageMetadata(locale, "", { title: question, description, query });
}

/**
 * The chat. With `?q=` the answer is rendered here, on the server: shared links work without
 * JavaScript. Answers are written in the page's language and script, whatever the question's.
 */
export default async function ChatPage({ params, searchParams }: Props) {
  const { locale } = await i18nOf(params);
  const { question, history } = readChatParams(await searchParams);
  let initial: InitialTurn | null = null;
  if (question) {
    const result = await load(ask(question, history, apiLanguage(locale)));
    initial = {
      question,
      history,
      result: result.ok ? { ok: true, answer: result.data } : { ok: false, kind: result.error.kind },
    };
  }
  return (
    <div className="container page">
      <Chat key={`${question ?? ""}\n${history.join("\n")}`} initial={initial} />
    </div>
  );
}
