import type { Messages } from "./messages";

type ServerOnly = "meta" | "footer" | "certainty" | "entity";

/**
 * The strings client components read (useI18n): the page's dictionary without the parts only the
 * server renders (metadata, footer, certainty labels, entry pages), which every page would
 * otherwise carry in its payload. The type checker keeps client components from reading them.
 */
export type ClientMessages = Omit<Messages, ServerOnly>;

const SERVER_ONLY: readonly ServerOnly[] = ["meta", "footer", "certainty", "entity"];

export function clientMessages(t: Messages): ClientMessages {
  return Object.fromEntries(
    Object.entries(t).filter(([key]) => !(SERVER_ONLY as readonly string[]).includes(key)),
  ) as ClientMessages;
}
