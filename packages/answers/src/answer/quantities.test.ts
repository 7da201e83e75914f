import { loadGraph } from "@dockerwin/kb";
import { describe, expect, it } from "vitest";
import { quantitiesOf } from "./quantities.js";

const q = quantitiesOf(loadGraph());

describe("quantities", () => {
  it("reads a headcount as people write it, in English and both scripts", () => {
    expect(q.headcount("we are 300 employees")).toBe(300);
    expect(q.headcount("about 1,200 full-time staff")).toBe(1200);
    expect(q.headcount("公司有 300 名員工")).toBe(300);
    expect(q.headcount("员工 250 人")).toBe(250);
    expect(q.headcount("3000 多人的公司")).toBe(3000);
    expect(q.headcount("Windows 10 1809 on 2 cores")).toBeNull();
  });

  it("reads a revenue in US dollars with its scale", () => {
    expect(q.revenueUsd("revenue is $5 million")).toBe(5e6);
    expect(q.revenueUsd("US$10M a year")).toBe(10e6);
    expect(q.revenueUsd("about 2 billion dollars")).toBe(2e9);
    expect(q.revenueUsd("年营收 500 万美元")).toBe(5e6);
    expect(q.revenueUsd("年營收 1 億美元")).toBe(1e8);
    expect(q.revenueUsd("Docker Desktop 4.42")).toBeNull();
  });
});
