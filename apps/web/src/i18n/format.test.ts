import { describe, expect, it } from "vitest";
import { format, formatDate, plural } from "./format";

describe("format", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("picks plural forms", () => {
    const forms = { one: "{count} event", other: "{count} events" };
    expect(plural("en", 1, forms)).toBe("1 event");
    expect(plural("en", 91, forms)).toBe("91 events");
  });

  it("writes dates only as precise as they are", () => {
    expect(formatDate("en", "2014")).toBe("2014");
    expect(formatDate("en", "1999-05")).toBe("May 1999");
    expect(formatDate("en", "2014-10-15")).toBe("15 October 2014");
    expect(formatDate("zh-Hans", "2014-10-15")).toBe("2014年10月15日");
    expect(formatDate("zh-Hant", "1999-05")).toBe("1999年5月");
    expect(formatDate("en", "not a date")).toBe("not a date");
  });
});
