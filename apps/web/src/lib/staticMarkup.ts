import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * The HTML of a tree of server-rendered elements, for `dangerouslySetInnerHTML` on the element
 * that holds them. A long list that is only read (the timeline's events, the comparison's table,
 * the compatibility matrix) is otherwise sent twice, as HTML and again as React elements in the
 * page's RSC payload, and a phone's browser then builds and hydrates a React fiber per element,
 * a few hundred milliseconds of blocked main thread on a slow one. As one string it is parsed
 * once and hydrated as one element. react-dom/server cannot run in server components, hence this.
 *
 * It takes what such lists are made of: host elements, fragments, text and synchronous function
 * components without hooks. Anything that needs the client (a client component, an event handler,
 * an async component) throws, naming it: markup that silently lost its behaviour would be worse.
 */
export function staticMarkup(node: ReactNode): { __html: string } {
  return { __html: render(node) };
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
/** Attributes present or absent, as React writes them. */
const BOOLEAN = new Set([
  "allowFullScreen",
  "async",
  "autoFocus",
  "checked",
  "controls",
  "default",
  "defer",
  "disabled",
  "formNoValidate",
  "hidden",
  "inert",
  "loop",
  "multiple",
  "muted",
  "noValidate",
  "open",
  "playsInline",
  "readOnly",
  "required",
  "reversed",
  "selected",
]);
/** React's props that are not attributes. */
const NOT_ATTRIBUTES = new Set(["children", "dangerouslySetInnerHTML", "suppressHydrationWarning", "ref", "key"]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for" };
const CLIENT_REFERENCE = Symbol.for("react.client.reference");

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c] ?? c);

function render(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escape(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(render).join("");
  if (isValidElement(node)) return renderElement(node as ReactElement<Record<string, unknown>>);
  throw new Error(`staticMarkup: cannot render ${describe(node)} as static HTML`);
}

function renderElement(element: ReactElement<Record<string, unknown>>): string {
  const { type, props } = element;
  if (type === Fragment) return render(props.children as ReactNode);
  if (typeof type === "string") return renderHost(type, props);
  if (typeof type === "function") {
    if ((type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE)
      throw new Error(`staticMarkup: ${nameOf(type)} is a client component; static HTML has no script`);
    const output = (type as (p: Record<string, unknown>) => ReactNode)(props);
    if (output instanceof Promise) throw new Error(`staticMarkup: ${nameOf(type)} is async; render it with React`);
    return render(output);
  }
  throw new Error(`staticMarkup: cannot render an element of type ${describe(type)} as static HTML`);
}

function renderHost(tag: string, props: Record<string, unknown>): string {
  let attributes = "";
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
    if (/^on[A-Z]/.test(name)) throw new Error(`staticMarkup: <${tag} ${name}> has an event handler`);
    const attribute = RENAMED[name] ?? name;
    if (name === "style") {
      attributes += ` style="${escape(styleText(tag, value))}"`;
    } else if (typeof value === "boolean") {
      // data-* and aria-* spell out true and false; boolean attributes are there or not.
      if (/^(data|aria)-/.test(name)) attributes += ` ${attribute}="${value}"`;
      else if (BOOLEAN.has(name)) attributes += value ? ` ${attribute}=""` : "";
      else throw new Error(`staticMarkup: <${tag} ${name}={${value}}> is not a boolean attribute`);
    } else if (typeof value === "string" || typeof value === "number") {
      attributes += ` ${attribute}="${escape(String(value))}"`;
    } else {
      throw new Error(`staticMarkup: <${tag} ${name}> has a value of type ${typeof value}`);
    }
  }
  if (VOID.has(tag)) return `<${tag}${attributes}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `<${tag}${attributes}>${inner?.__html ?? render(props.children as ReactNode)}</${tag}>`;
}

/** Custom properties and strings as written; other numbers would need React's unit rules. */
function styleText(tag: string, style: unknown): string {
  if (typeof style !== "object" || style === null) throw new Error(`staticMarkup: <${tag} style> is not an object`);
  return Object.entries(style as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([name, value]) => {
      const custom = name.startsWith("--");
      if (typeof value === "number" && !custom)
        throw new Error(`staticMarkup: <${tag} style.${name}> is a number; give it its unit`);
      const property = custom ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return `${property}:${String(value)}`;
    })
    .join(";");
}

const nameOf = (type: unknown) =>
  (type as { displayName?: string; name?: string }).displayName || (type as { name?: string }).name || "a component";
const describe = (value: unknown) => (typeof value === "object" ? JSON.stringify(value)?.slice(0, 40) : typeof value);
