import { operation } from "../document";
import type { StatsQuery, StatsQueryVariables } from "../generated";

export type StatsData = StatsQuery;

export const StatsDocument = operation<StatsQuery, StatsQueryVariables>(
  "Stats",
  /* GraphQL */ `
    query Stats {
      stats {
        entities
        facts
        events
        sources
        dataVersion
      }
    }
  `,
);
