import type { EntityDetail } from "@/graphql/operations/entity";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import styles from "./OsReleases.module.css";

/** An operating system's editions and feature releases with their build numbers. */
export function OsReleases({ entity, locale, t }: { entity: EntityDetail; locale: Locale; t: Messages }) {
  const editions = entity.editions ?? [];
  const releases = entity.releases ?? [];
  return (
    <div className={styles.grid}>
      {editions.length > 0 && (
        <div>
          <h3>{t.entity.editions}</h3>
          <ul className={styles.editions}>
            {editions.map((e) => (
              <li key={e.id}>{e.name}</li>
            ))}
          </ul>
        </div>
      )}
      {releases.length > 0 && (
        <div>
          <h3>{t.entity.releases}</h3>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t.entity.version}</th>
                <th scope="col">{t.entity.build}</th>
                <th scope="col">{t.entity.released}</th>
                <th scope="col">{t.entity.name}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => (
                <tr key={r.build}>
                  <td className={styles.version}>{r.version}</td>
                  <td className={styles.num}>{r.build}</td>
                  <td>{r.date ? formatDate(locale, r.date, "short") : "—"}</td>
                  <td>{r.name ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
