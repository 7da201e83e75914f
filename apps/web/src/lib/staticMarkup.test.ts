import { createElement as h, Fragment, type CSSProperties } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TimelineEventItem } from "@/components/timeline/TimelineEventItem";
import type { TimelineEvent } from "@/graphql/types";
import { getMessages } from "@/i18n/messages";
import { staticMarkup } from "./staticMarkup";

const html = (node: Parameters<typeof staticMarkup>[0]) => staticMarkup(node).__html;

const event = {
  id: "Event:wsl2-backend",
  date: "2019-06-12",
  title: 'Docker Desktop gets a "WSL 2" back end <beta> & more',
  milestone: true,
  topics: ["wsl"],
  entities: [{ slug: "wsl-2", name: "WSL 2" }],
  sources: [
    { title: "Docker blog", url: "https://www.docker.com/blog/?a=1&b=2", domain: "docker.com" },
    { title: "A talk", url: null, domain: null },
  ],
} as unknown as TimelineEvent;

describe("staticMarkup", () => {
  it("writes what react-dom/server writes for a real server component", () => {
    for (const locale of ["en", "zh-Hant"] as const) {
      const item = h(TimelineEventItem, { event, locale, t: getMessages(locale) });
      expect(html(item)).toBe(renderToStaticMarkup(item));
    }
  });

  it("escapes text and attributes, so data cannot add markup", () => {
    const out = html(h("p", { title: '"><script>' }, "<b>&</b>"));
    expect(out).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</p>');
  });

  it("writes class, custom properties, data and boolean attributes, void elements and fragments as React does", () => {
    const tree = h(
      Fragment,
      null,
      h(
        "li",
        {
          className: "a",
          style: { "--events": 3 } as CSSProperties,
          "data-x": true,
          "data-y": undefined,
          hidden: true,
        },
        "one",
        2,
        null,
        false,
      ),
      [h("br", { key: "b" }), h("td", { key: "c", colSpan: 2, "aria-hidden": false })],
    );
    expect(html(tree)).toBe(renderToStaticMarkup(tree));
  });

  it("refuses what needs a script or React: an event handler, an async component, a client component", () => {
    expect(() => html(h("button", { onClick: () => undefined }))).toThrow(/onClick/);
    const Async = async () => h("p", null, "later");
    expect(() => html(h(Async))).toThrow(/Async is async/);
    const Client = Object.assign(() => null, { $$typeof: Symbol.for("react.client.reference") });
    expect(() => html(h(Client))).toThrow(/client component/);
  });
});
