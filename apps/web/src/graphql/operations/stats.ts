import { operation } from "../document";

export interface StatsData {
  stats: { entities: number; facts: number; events: number; sources: number; dataVersion: string };
}

export const StatsDocument = operation<StatsData, Record<string, never>>(
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
