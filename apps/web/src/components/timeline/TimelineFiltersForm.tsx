"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/i18n/I18nProvider";
import { timelineQuery, type TimelineFilters } from "@/lib/timelineFilters";
import styles from "./TimelineFiltersForm.module.css";

interface Props {
  filters: TimelineFilters;
  entities: { slug: string; name: string }[];
  topics: { value: string; label: string }[];
  years: string[];
}

/**
 * The timeline's filters: a GET form (so they work without JavaScript and end up in the URL),
 * applied as soon as a choice changes when JavaScript runs.
 */
export function TimelineFiltersForm({ filters, entities, topics, years }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const key = timelineQuery(filters);
  // The form follows the URL (back, forward, clear) but keeps focus: state, not a remount.
  const [values, setValues] = useState(filters);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setValues(filters);
  }

  const apply = (next: TimelineFilters) => {
    setValues(next);
    startTransition(() => router.replace(`${pathname}${timelineQuery(next)}`, { scroll: false }));
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(values);
  };
  const choose = (name: "entity" | "topic" | "from" | "to") => (e: { target: { value: string } }) =>
    apply({ ...values, [name]: e.target.value || null });

  return (
    <form className={styles.form} method="get" onSubmit={onSubmit} aria-label={t.timeline.filters}>
      <label className={`field ${styles.wide}`}>
        {t.timeline.entity}
        <select name="entity" value={values.entity ?? ""} onChange={choose("entity")}>
          <option value="">{t.timeline.allEntities}</option>
          {entities.map((e) => (
            <option key={e.slug} value={e.slug}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t.timeline.topic}
        <select name="topic" value={values.topic ?? ""} onChange={choose("topic")}>
          <option value="">{t.timeline.allTopics}</option>
          {topics.map((topic) => (
            <option key={topic.value} value={topic.value}>
              {topic.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t.timeline.from}
        <select name="from" value={values.from ?? ""} onChange={choose("from")}>
          <option value="">{t.timeline.anyYear}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t.timeline.to}
        <select name="to" value={values.to ?? ""} onChange={choose("to")}>
          <option value="">{t.timeline.anyYear}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.check}>
        <input
          type="checkbox"
          name="milestones"
          value="1"
          checked={values.milestones}
          onChange={(e) => apply({ ...values, milestones: e.target.checked })}
        />
        {t.timeline.milestonesOnly}
      </label>
      <div className={styles.buttons}>
        <button type="submit" className="button">
          {t.timeline.apply}
        </button>
        {key && (
          <a
            href={pathname}
            className="button"
            onClick={(e) => {
              e.preventDefault();
              apply({ entity: null, topic: null, from: null, to: null, milestones: false });
            }}
          >
            {t.timeline.reset}
          </a>
        )}
        <span className={styles.pending} aria-live="polite">
          {pending ? t.timeline.updating : ""}
        </span>
      </div>
    </form>
  );
}
