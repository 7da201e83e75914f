"use client";

import type { EntityKind } from "@/graphql/types";
import { useI18n } from "@/i18n/I18nProvider";
import { KindLabel } from "./KindLabel";

/** What kind of entry something is, as a small coloured label. */
export function KindBadge({ kind }: { kind: EntityKind }) {
  const { t } = useI18n();
  return <KindLabel kind={kind} label={t.kinds[kind]} />;
}
