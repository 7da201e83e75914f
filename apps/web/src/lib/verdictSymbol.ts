import type { Verdict } from "@/graphql/types";

/** The symbol that tells a verdict besides its colour and its word. */
export const VERDICT_SYMBOL: Record<Verdict | "UNKNOWN", string> = { YES: "✓", NO: "✗", PARTLY: "◐", UNKNOWN: "?" };
