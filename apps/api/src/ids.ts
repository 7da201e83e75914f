/** Global IDs: opaque base64url of "Type:key", as GitHub's API does. */
export type NodeType = "Entity" | "Fact" | "Event" | "Source" | "Claim" | "Setup";
const TYPES: readonly NodeType[] = ["Entity", "Fact", "Event", "Source", "Claim", "Setup"];

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const i = decoded.indexOf(":");
  const type = decoded.slice(0, i) as NodeType;
  if (i < 1 || !TYPES.includes(type)) return null;
  return { type, key: decoded.slice(i + 1) };
}
