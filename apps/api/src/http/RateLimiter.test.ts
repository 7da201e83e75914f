import { describe, expect, it } from "vitest";
import { RateLimiter } from "./RateLimiter.js";

describe("RateLimiter", () => {
  it("lets `limit` requests through per window and client, then says how long to wait", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.check("a")).toBeNull();
    expect(limiter.check("a")).toBeNull();
    expect(limiter.check("b")).toBeNull();
    now += 15_000;
    expect(limiter.check("a")).toBe(45);
    now += 44_500;
    expect(limiter.check("a")).toBe(1);
    now += 500;
    expect(limiter.check("a")).toBeNull();
  });
});
