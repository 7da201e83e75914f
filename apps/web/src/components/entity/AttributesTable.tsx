import Link from "next/link";
import type { Attribute } from "@/graphql/operations/entity";
import type { Fact } from "@/graphql/types";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { factAnchor } from "@/lib/ids";
import { entityHref } from "@/lib/paths";
import { SourceLinks } from "../common/SourceLinks";
import styles from "./AttributesTable.module.css";

interface Props {
  attributes: Attribute[];
  /** The ids of the facts listed on the page; other facts an attribute cites are shown under it. */
  listedFacts: ReadonlySet<string>;
  locale: Locale;
  t: Messages;
}

/** The entry's attributes as a two-column table; each value cites the facts it comes from. */
export function AttributesTable({ attributes, listedFacts, locale, t }: Props) {
  return (
    <table className={styles.table}>
      <tbody>
        {attributes.map((a) => {
          const linked = a.entities.filter((e) => !a.value.includes(e.name));
          const unlisted = a.facts.filter((f) => !listedFacts.has(f.id));
          return (
            <tr key={a.key}>
              <th scope="row" className={styles.label}>
                {a.label}
              </th>
              <td className={styles.value}>
                <span>{linkNames(a.value, a.entities, locale)}</span>
                {a.facts
                  .filter((f) => listedFacts.has(f.id))
                  .map((f, i) => (
                    <sup key={f.id} className={styles.ref}>
                      <a href={`#${factAnchor(f.id)}`} title={f.text}>
                        [{i + 1}]
                      </a>
                    </sup>
                  ))}
                {linked.length > 0 && (
                  <span className={styles.links}>
                    {linked.map((e) => (
                      <Link key={e.slug} href={entityHref(locale, e.slug)} prefetch={false}>
                        {e.name}
                      </Link>
                    ))}
                  </span>
                )}
                {unlisted.length > 0 && (
                  <UnlistedFacts
                    facts={unlisted}
                    label={t.entity.attributeSources}
                    externalLink={t.common.externalLink}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The value with the names of the entries it mentions turned into links. */
function linkNames(value: string, entities: Attribute["entities"], locale: Locale) {
  const named = entities.filter((e) => e.name && value.includes(e.name)).sort((a, b) => b.name.length - a.name.length);
  if (named.length === 0) return value;
  const parts: (string | { slug: string; name: string })[] = [value];
  for (const e of named) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (typeof part !== "string") continue;
      const at = part.indexOf(e.name);
      if (at < 0) continue;
      parts.splice(i, 1, part.slice(0, at), { slug: e.slug, name: e.name }, part.slice(at + e.name.length));
      break;
    }
  }
  return parts.map((p, i) =>
    typeof p === "string" ? (
      p
    ) : (
      <Link key={`${p.slug}-${i}`} href={entityHref(locale, p.slug)} prefetch={false}>
        {p.name}
      </Link>
    ),
  );
}

function UnlistedFacts({ facts, label, externalLink }: { facts: Fact[]; label: string; externalLink: string }) {
  return (
    <details className={styles.unlisted}>
      <summary>{label}</summary>
      <ul>
        {facts.map((f) => (
          <li key={f.id}>
            {f.text}
            <SourceLinks sources={f.sources} compact externalLink={externalLink} />
          </li>
        ))}
      </ul>
    </details>
  );
}
