import { firstParam, isSlug, type SearchParams } from "./params";

export const MAX_COMPARE = 5;
export const MIN_COMPARE = 2;

/** The slugs of `?items=a,b,c`: valid, without repeats, at most five; `truncated` when more were asked. */
export function readCompareItems(params: SearchParams): {
  slugs: string[];
  truncated: boolean;
  onlyDifferences: boolean;
} {
  const raw = (firstParam(params, "items") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(isSlug);
  const unique = [...new Set(raw)];
  return {
    slugs: unique.slice(0, MAX_COMPARE),
    truncated: unique.length > MAX_COMPARE,
    onlyDifferences: firstParam(params, "diff") === "1",
  };
}

/** Suggested comparisons, by the key of their label in the messages. */
export const SUGGESTED_COMPARISONS = [
  { key: "hypervisors", slugs: ["hyper-v", "virtualbox", "vmware-workstation"] },
  { key: "toolbox", slugs: ["docker-toolbox", "docker-desktop"] },
  { key: "containers", slugs: ["linux-containers", "windows-containers"] },
  { key: "isolation", slugs: ["process-isolation", "hyper-v-isolation"] },
] as const;
