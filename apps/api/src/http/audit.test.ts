import { auditServer, type AuditResult } from "graphql-http";
import { beforeAll, describe, expect, it } from "vitest";
import { useServer } from "../test/useServer.js";

/**
 * The SHOULDs this server knowingly misses: Apollo Server answers a request error with 400 even
 * to a client that accepts only application/json, where the spec prefers 200 for legacy clients.
 */
const KNOWN_SHOULDS = new Set(["572B", "FDE2", "7B9B"]);

const api = useServer();
let results: AuditResult[];

beforeAll(async () => {
  results = await auditServer({ url: api.server.url });
});

const describeFailures = (rs: AuditResult[]) =>
  rs.map((r) => `${r.id} ${r.name}: ${r.status === "ok" ? "ok" : r.reason}`).join("\n");

describe("GraphQL over HTTP (graphql-http's audit)", () => {
  it("passes every MUST", () => {
    const musts = results.filter((r) => r.name.startsWith("MUST"));
    const failing = musts.filter((r) => r.status !== "ok");
    console.log(`graphql-http audit: ${musts.length - failing.length} of ${musts.length} MUSTs pass`);
    expect(musts.length).toBeGreaterThan(10);
    expect(failing, describeFailures(failing)).toEqual([]);
  });

  it("misses no SHOULD but the known ones", () => {
    const failing = results.filter((r) => r.name.startsWith("SHOULD") && r.status !== "ok" && !KNOWN_SHOULDS.has(r.id));
    expect(failing, describeFailures(failing)).toEqual([]);
  });
});
