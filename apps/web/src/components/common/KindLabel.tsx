import type { EntityKind } from "@/graphql/types";
import styles from "./KindBadge.module.css";

/**
 * What kind of entry something is, as a small coloured label, worded by the caller: no hook, so
 * static server-rendered markup (lib/staticMarkup) can hold it. KindBadge words it in a client one.
 */
export function KindLabel({ kind, label }: { kind: EntityKind; label: string }) {
  return (
    <span className={styles.badge} data-kind={kind}>
      {label}
    </span>
  );
}
