import Link from "next/link";
import type { Relation } from "@/graphql/operations/entity";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { conditionPhrases } from "@/lib/conditions";
import { entityHref } from "@/lib/paths";
import { NEGATIVE, onceEach, RELATION_ORDER } from "@/lib/relationGraph";
import styles from "./RelationList.module.css";

/** Every relation, grouped by its kind and direction, each with the conditions under which it holds. */
export function RelationList({ relations, locale, t }: { relations: Relation[]; locale: Locale; t: Messages }) {
  const groups = new Map<string, Relation[]>();
  const sorted = onceEach(relations).sort(
    (a, b) => RELATION_ORDER.indexOf(a.type) - RELATION_ORDER.indexOf(b.type) || a.direction.localeCompare(b.direction),
  );
  for (const r of sorted) {
    const key = `${r.type}:${r.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return (
    <div className={styles.groups}>
      {[...groups].map(([key, rs]) => {
        const first = rs[0];
        if (!first) return null;
        const heading = t.entity.relationTypes[first.type][first.direction === "OUTGOING" ? "out" : "in"];
        return (
          <div key={key} className={styles.group} data-negative={NEGATIVE.has(first.type) || undefined}>
            <h3 className={styles.heading}>{heading}</h3>
            <ul className={styles.list}>
              {rs.map((r, i) => {
                const phrases = conditionPhrases(r.conditions, locale, t);
                return (
                  <li key={`${r.entity.slug}-${i}`} className={styles.item}>
                    <Link href={entityHref(locale, r.entity.slug)} className={styles.entity} prefetch={false}>
                      {r.entity.name}
                    </Link>
                    {phrases.length > 0 && <span className={styles.conditions}>{phrases.join(" · ")}</span>}
                    {r.conditions?.note && <p className={styles.note}>{r.conditions.note}</p>}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
