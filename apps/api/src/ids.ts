/** Global IDs: opaque base64url of "Type:key", as GitHub's API does. */
export type NodeType = "Entity" | "Fact" | "Event" | "Source" | "Claim" | "Setup";
const TYPES: readonly NodeType[] = ["Entity", "Fact", "Event", "Source", "Claim", "Setup"];

/** Every id is asked for again with every answer that shows it; the keys are the data's, so few. */
const ENCODED = new Map<string, string>();

export function toGlobalId(type: NodeType, key: string): string {
  const raw = `${type}:${key}`;
  let id = ENCODED.get(raw);
  if (id === undefined) {
    id = Buffer.from(raw, "utf8").toString("base64url");
    ENCODED.set(raw, id);
  }
  return id;
}

export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const i = decoded.indexOf(":");
  const type = decoded.slice(0, i) as NodeType;
  if (i < 1 || !TYPES.includes(type)) return null;
  return { type, key: decoded.slice(i + 1) };
}
