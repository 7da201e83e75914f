import { describe, expect, it } from "vitest";
import { maskInternal } from "./createApollo.js";

describe("maskInternal", () => {
  const internal = {
    message: "Cannot read properties of undefined (reading 'name') at /srv/api/dist/resolvers/types.js:12:7",
    path: ["entity", "name"],
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["TypeError: ...", "    at x (/srv/a.js:1:1)"] },
  };

  it("hides an unexpected error's message and stack outside development", () => {
    expect(maskInternal(internal, false)).toEqual({
      message: "Internal server error",
      path: ["entity", "name"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("shows everything in development", () => {
    expect(maskInternal(internal, true)).toBe(internal);
  });

  it("leaves a client's mistake as it is: it says what to fix", () => {
    const bad = { message: '"first" must be between 1 and 100, got 101', extensions: { code: "BAD_USER_INPUT" } };
    expect(maskInternal(bad, false)).toBe(bad);
  });
});
