/**
 * A readable, URL-safe anchor for one of the API's opaque global ids. The API's ids are base64 of
 * "Type:key"; when an id decodes that way the key is used ("Event:win10-1607" → "win10-1607"),
 * else the id itself. Only ever used to name anchors, never to call the API.
 */
export function readableId(globalId: string): string {
  try {
    const normalized = globalId.replace(/-/g, "+").replace(/_/g, "/");
    // atob, not Buffer: Node has it too, and a Buffer here would ship Node's Buffer polyfill to
    // the browser with every page.
    const decoded = atob(normalized);
    const m = /^[A-Za-z]+:([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(decoded);
    if (m?.[1]) return m[1];
  } catch {
    // not base64: fall through
  }
  return globalId.replace(/[^A-Za-z0-9_-]/g, "");
}

export function eventAnchor(eventId: string): string {
  return `event-${readableId(eventId)}`;
}

export function factAnchor(factId: string): string {
  return `fact-${readableId(factId)}`;
}
