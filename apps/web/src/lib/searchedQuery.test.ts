import { describe, expect, it } from "vitest";
import { searchedHeaderValue, searchedQuery } from "./searchedQuery";

describe("the searched query handed to the header", () => {
  it("travels from the results page's address to the box, Chinese included", () => {
    const value = searchedHeaderValue(["search"], new URLSearchParams("q=%E8%99%9B%E6%93%AC%E6%A9%9F+wsl"));
    expect(value).not.toBeNull();
    expect(/^[\x21-\x7e]+$/.test(value ?? ""), "a header value in ASCII").toBe(true);
    expect(searchedQuery(value)).toBe("虛擬機 wsl");
  });

  it("is nothing for another page, an empty query or a value the proxy did not write", () => {
    expect(searchedHeaderValue(["timeline"], new URLSearchParams("q=hyper"))).toBeNull();
    expect(searchedHeaderValue(["search", "x"], new URLSearchParams("q=hyper"))).toBeNull();
    expect(searchedHeaderValue(["search"], new URLSearchParams("q=%20"))).toBeNull();
    expect(searchedQuery("%E8%99")).toBe("");
    expect(searchedQuery(null)).toBe("");
  });

  it("is cut to what the box takes", () => {
    const long = "a".repeat(300);
    expect(searchedQuery(searchedHeaderValue(["search"], new URLSearchParams({ q: long })))).toHaveLength(100);
  });
});
