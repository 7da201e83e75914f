import { highlight } from "@/lib/highlight";

/** A result's text with the query's words marked. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return <>{highlight(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
