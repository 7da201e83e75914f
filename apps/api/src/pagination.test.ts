import { describe, expect, it } from "vitest";
import { ok, useInProcess } from "./test/inProcess.js";
import { paginate } from "./pagination.js";

describe("PageInfo, as Relay's connection spec has it", () => {
  it("says whether there are items before and after the page, with both cursors", () => {
    const items = ["a", "b", "c", "d", "e"];
    const first = paginate(items, 2, null);
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
    const second = paginate(items, 2, first.pageInfo.endCursor);
    expect(second.nodes).toEqual(["c", "d"]);
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const last = paginate(items, 2, second.pageInfo.endCursor);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(paginate([], 2, null).pageInfo).toEqual({
      hasPreviousPage: false,
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  describe("through the API", () => {
    const run = useInProcess();

    it("answers hasPreviousPage, non-null, on every connection", async () => {
      type Page = { entities: { pageInfo: { hasPreviousPage: boolean; startCursor: string; endCursor: string } } };
      const q = `query P($after: String) { entities(first: 3, after: $after) { pageInfo { hasPreviousPage startCursor endCursor } } }`;
      const one = ok(await run<Page>(q));
      expect(one.entities.pageInfo.hasPreviousPage).toBe(false);
      const two = ok(await run<Page>(q, { after: one.entities.pageInfo.endCursor }));
      expect(two.entities.pageInfo.hasPreviousPage).toBe(true);
      const relations = ok(
        await run<{ entity: { relations: { pageInfo: { hasPreviousPage: boolean } } } }>(
          `{ entity(slug: "hyper-v") { relations(first: 2) { pageInfo { hasPreviousPage } } } }`,
        ),
      );
      expect(relations.entity.relations.pageInfo.hasPreviousPage).toBe(false);
    });
  });
});
