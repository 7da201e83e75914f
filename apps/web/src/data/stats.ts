import { cache } from "react";
import { execute } from "@/graphql/client";
import { StatsDocument } from "@/graphql/operations/stats";

export const getStats = cache(async () => (await execute(StatsDocument, {}, { timeoutMs: 2000 })).stats);
