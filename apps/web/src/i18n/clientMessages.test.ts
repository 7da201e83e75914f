import { describe, expect, it } from "vitest";
import { clientMessages } from "./clientMessages";
import { getMessages } from "./messages";

describe("clientMessages", () => {
  it("leaves out what only the server renders and keeps what client components read", () => {
    const t = getMessages("zh-Hant");
    const client = clientMessages(t);
    expect(Object.keys(client)).not.toEqual(expect.arrayContaining(["meta"]));
    expect("entity" in client || "footer" in client || "certainty" in client).toBe(false);
    expect(client.feedback).toBe(t.feedback);
    expect(JSON.stringify(client).length).toBeLessThan(JSON.stringify(t).length * 0.9);
  });
});
