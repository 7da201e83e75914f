import type { Metadata } from "next";
import { ApiErrorNotice } from "@/components/common/ApiErrorNotice";
import { NotFound } from "@/components/common/NotFound";
import { AttributesTable } from "@/components/entity/AttributesTable";
import { EntityClaims } from "@/components/entity/EntityClaims";
import { EntityFacts } from "@/components/entity/EntityFacts";
import { EntityHeader } from "@/components/entity/EntityHeader";
import { EntitySources } from "@/components/entity/EntitySources";
import { EntityTimeline } from "@/components/entity/EntityTimeline";
import { OnThisPage } from "@/components/entity/OnThisPage";
import { OsReleases } from "@/components/entity/OsReleases";
import { RelationDiagram } from "@/components/entity/RelationDiagram";
import { RelationList } from "@/components/entity/RelationList";
import { Section } from "@/components/entity/Section";
import { getEntity, getEntityName } from "@/data/entity";
import { load } from "@/graphql/client";
import { i18nOf } from "@/i18n/server";
import { excerpt, pageMetadata } from "@/lib/metadata";
import { isSlug } from "@/lib/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await i18nOf(params);
  const { slug } = await params;
  if (!isSlug(slug)) return {};
  const entity = await load(getEntity(slug, locale));
  const path = `/entities/${slug}`;
  if (!entity.ok || !entity.data) {
    const name = await load(getEntityName(slug, locale));
    return pageMetadata(locale, path, { title: name.ok && name.data ? name.data.name : slug });
  }
  return pageMetadata(locale, path, { title: entity.data.name, description: excerpt(entity.data.summary) });
}

/** An entry: summary, attributes, relations (diagram and list), its timeline, facts, claims, sources. */
export default async function EntityPage({ params }: Props) {
  const { locale, t } = await i18nOf(params);
  const { slug } = await params;
  const result = await load(getEntity(slug, locale));
  if (!result.ok) {
    return (
      <div className="container page">
        <ApiErrorNotice kind={result.error.kind} />
      </div>
    );
  }
  const entity = result.data;
  // The proxy has given an unknown entry its 404 status; its content is rendered here, visible without JavaScript.
  if (!entity) return <NotFound />;
  const isOs = (entity.editions?.length ?? 0) > 0 || (entity.releases?.length ?? 0) > 0;
  const sections = [
    entity.attributes.length > 0 && { id: "attributes", title: t.entity.attributes },
    isOs && { id: "releases", title: t.entity.releases },
    { id: "relations", title: t.entity.relations, count: entity.relations.totalCount },
    { id: "timeline", title: t.entity.timeline, count: entity.events.totalCount },
    entity.facts.length > 0 && { id: "facts", title: t.entity.facts, count: entity.facts.length },
    entity.claims.length > 0 && { id: "claims", title: t.entity.claims, count: entity.claims.length },
    entity.sources.length > 0 && { id: "sources", title: t.entity.sources, count: entity.sources.length },
  ].filter((s): s is { id: string; title: string; count?: number } => Boolean(s));
  const listedFacts = new Set(entity.facts.map((f) => f.id));

  return (
    <div className="container page">
      <EntityHeader entity={entity} locale={locale} t={t} />
      <OnThisPage label={t.entity.onThisPage} sections={sections} />
      {entity.attributes.length > 0 && (
        <Section id="attributes" title={t.entity.attributes}>
          <AttributesTable attributes={entity.attributes} listedFacts={listedFacts} locale={locale} t={t} />
        </Section>
      )}
      {isOs && (
        <Section id="releases" title={t.entity.releases}>
          <OsReleases entity={entity} locale={locale} t={t} />
        </Section>
      )}
      <Section id="relations" title={t.entity.relations}>
        {entity.relations.nodes.length === 0 ? (
          <p className="muted">{t.entity.noRelations}</p>
        ) : (
          <>
            <RelationDiagram entity={entity} locale={locale} t={t} />
            <RelationList relations={entity.relations.nodes} locale={locale} t={t} />
          </>
        )}
      </Section>
      <Section id="timeline" title={t.entity.timeline}>
        {entity.events.nodes.length === 0 ? (
          <p className="muted">{t.entity.noEvents}</p>
        ) : (
          <EntityTimeline events={entity.events.nodes} slug={entity.slug} locale={locale} t={t} />
        )}
      </Section>
      {entity.facts.length > 0 && (
        <Section id="facts" title={t.entity.facts}>
          <EntityFacts facts={entity.facts} locale={locale} t={t} />
        </Section>
      )}
      {entity.claims.length > 0 && (
        <Section id="claims" title={t.entity.claims}>
          <EntityClaims claims={entity.claims} t={t} />
        </Section>
      )}
      {entity.sources.length > 0 && (
        <Section id="sources" title={t.entity.sources}>
          <EntitySources sources={entity.sources} t={t} />
        </Section>
      )}
    </div>
  );
}
