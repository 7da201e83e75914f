import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getEntityName } from "@/data/entity";
import { load } from "@/graphql/client";
import { localeOf } from "@/i18n/server";
import { isSlug } from "@/lib/params";

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> };

/**
 * Checks that the entry exists before anything is streamed, so that an unknown slug gets a real
 * 404 status (the page itself loads behind loading.tsx). When the API is down, the page says so.
 */
export default async function EntityLayout({ children, params }: Props) {
  const { slug } = await params;
  const locale = await localeOf(params);
  if (!isSlug(slug)) notFound();
  const found = await load(getEntityName(slug, locale));
  if (found.ok && !found.data) notFound();
  return children;
}
