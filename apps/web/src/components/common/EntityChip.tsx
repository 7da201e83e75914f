"use client";

import Link from "next/link";
import { useI18n } from "@/i18n/I18nProvider";
import { entityHref } from "@/lib/paths";
import styles from "./EntityChip.module.css";

/** A link to an entry, as a chip. */
export function EntityChip({ slug, name }: { slug: string; name: string }) {
  const { locale } = useI18n();
  return (
    <Link href={entityHref(locale, slug)} className={styles.chip} prefetch={false}>
      {name}
    </Link>
  );
}

export function EntityChips({
  entities,
  label,
}: {
  entities: readonly { slug: string; name: string }[];
  label?: string;
}) {
  if (entities.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {entities.map((e) => (
        <li key={e.slug}>
          <EntityChip slug={e.slug} name={e.name} />
        </li>
      ))}
    </ul>
  );
}
