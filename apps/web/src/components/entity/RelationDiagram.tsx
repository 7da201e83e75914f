import type { EntityDetail } from "@/graphql/operations/entity";
import { format, plural } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { entityHref } from "@/lib/paths";
import { clip, layoutGraph, NEGATIVE, neighbours, SYMMETRIC, wrap, type PlacedNode } from "@/lib/relationGraph";
import styles from "./RelationDiagram.module.css";

interface Props {
  entity: EntityDetail;
  locale: Locale;
  t: Messages;
}

/**
 * The entry in the middle, the entries it relates to around it, each edge labelled with the
 * relation (read from the middle outwards) and pointing the way the relation goes.
 */
export function RelationDiagram({ entity, locale, t }: Props) {
  const all = neighbours(entity.relations.nodes);
  const layout = layoutGraph(all);
  const centre = wrap(entity.name, 14);
  const label = (n: PlacedNode) => {
    const words = n.links.map((l) => t.entity.relationTypes[l.type][l.direction === "OUTGOING" ? "out" : "in"]);
    const unique = [...new Set(words)];
    return unique.length > 2 ? `${unique.slice(0, 2).join(" · ")} +${unique.length - 2}` : unique.join(" · ");
  };
  const title = format(t.entity.diagram, { name: entity.name });
  const nameLines = (n: PlacedNode) => wrap(n.entity.name, 17);
  const negative = (n: PlacedNode) => n.links.some((l) => NEGATIVE.has(l.type)) || undefined;
  // A relation that reads the same both ways has no direction to point.
  const pointed = (n: PlacedNode) => !n.links.every((l) => SYMMETRIC.has(l.type));
  const anyNegative = layout.nodes.some((n) => negative(n));
  return (
    <figure className={styles.figure}>
      <div className={styles.scroller}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-hidden="true"
          focusable="false"
          data-testid="relation-diagram"
        >
          <defs>
            <marker
              id="rel-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0 10 5 0 10z" className={styles.arrow} />
            </marker>
          </defs>
          {layout.nodes.map((n) => (
            <line
              key={`edge-${n.entity.slug}`}
              x1={n.arrow === "in" ? n.edge.x2 : n.edge.x1}
              y1={n.arrow === "in" ? n.edge.y2 : n.edge.y1}
              x2={n.arrow === "in" ? n.edge.x1 : n.edge.x2}
              y2={n.arrow === "in" ? n.edge.y1 : n.edge.y2}
              className={styles.edge}
              data-negative={negative(n)}
              markerEnd={pointed(n) ? "url(#rel-arrow)" : undefined}
              markerStart={pointed(n) && n.arrow === "both" ? "url(#rel-arrow)" : undefined}
            />
          ))}
          {layout.nodes.map((n) => (
            <text
              key={`label-${n.entity.slug}`}
              x={n.edge.labelX}
              y={n.edge.labelY}
              transform={`rotate(${n.edge.angle.toFixed(1)} ${n.edge.labelX.toFixed(1)} ${n.edge.labelY.toFixed(1)})`}
              className={styles.edgeLabel}
              data-negative={negative(n)}
              textAnchor="middle"
              dy="-4"
            >
              {clip(label(n), 16)}
            </text>
          ))}
          <g className={styles.centre}>
            <rect
              x={layout.cx - 110}
              y={layout.cy - (centre.length > 1 ? 30 : 20)}
              width={220}
              height={centre.length > 1 ? 60 : 40}
              rx={12}
            />
            {centre.map((line, i) => (
              <text
                key={i}
                x={layout.cx}
                y={layout.cy + (centre.length > 1 ? (i === 0 ? -5 : 16) : 6)}
                textAnchor="middle"
              >
                {line}
              </text>
            ))}
          </g>
          {layout.nodes.map((n) => (
            // The list below the diagram holds the same links for keyboards and screen readers.
            <a
              key={`node-${n.entity.slug}`}
              href={entityHref(locale, n.entity.slug)}
              className={styles.node}
              tabIndex={-1}
            >
              <title>{`${label(n)}: ${n.entity.name}`}</title>
              <circle cx={n.x} cy={n.y} r={7} data-kind={n.entity.kind} />
              <text x={n.labelX} y={n.labelY - (nameLines(n).length > 1 ? 8 : 0)} textAnchor={n.anchor}>
                {nameLines(n).map((line, i) => (
                  <tspan key={i} x={n.labelX} dy={i === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          ))}
        </svg>
      </div>
      <figcaption className={styles.caption}>
        {title}
        {layout.hidden > 0 && <> — {plural(locale, layout.hidden, t.entity.diagramMore)}</>}
        {anyNegative && (
          <span className={styles.legend} data-testid="diagram-legend">
            <svg viewBox="0 0 28 8" width="28" height="8" aria-hidden="true" focusable="false">
              <line x1="0" y1="4" x2="28" y2="4" className={styles.edge} data-negative />
            </svg>
            {t.entity.negativeLegend}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
