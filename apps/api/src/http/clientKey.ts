import { isIPv4, isIPv6 } from "node:net";

/**
 * What a rate limiter counts as one client. An IPv4 address is one client; an IPv6 address is
 * its /64, since one home or server is handed a whole /64 and could otherwise rotate addresses.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * The client behind a request. Behind trusted proxies (the web app, a load balancer) the peer
 * is the proxy, so the client is the right-most X-Forwarded-For address that no trusted proxy
 * wrote; from anyone else X-Forwarded-For is ignored, since a client could write any value.
 */
export function clientKey(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: ReadonlySet<string>,
): string {
  let client = peer ?? "unknown";
  if (trusted.has(addressKeyRaw(client)) && forwardedFor) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    while (hops.length > 0) {
      client = hops.pop()!;
      if (!trusted.has(addressKeyRaw(client))) break;
    }
  }
  return addressKey(client);
}

/** An address as configured: IPv4-mapped IPv6 peers match their IPv4 form. */
const addressKeyRaw = (a: string) => a.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/** TRUSTED_PROXIES: comma-separated addresses whose X-Forwarded-For is believed. */
export function trustedProxies(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((a) => addressKeyRaw(a.trim()))
      .filter(Boolean),
  );
}
