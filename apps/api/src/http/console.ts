/**
 * The development landing page: a small query console served from this process, because
 * Apollo's default sandbox loads its code from the internet and does not work offline.
 */
export const CONSOLE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Docker on Windows knowledge base: GraphQL console</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  header { padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center; border-bottom: 1px solid #8884; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; min-height: 0; }
  section { display: grid; grid-template-rows: 1fr auto; gap: .5rem; min-height: 0; }
  textarea, pre { font: 13px/1.4 ui-monospace, monospace; margin: 0; padding: .5rem; border: 1px solid #8886; border-radius: 4px; overflow: auto; }
  textarea { resize: none; }
  button { font: inherit; padding: .3rem 1rem; }
</style>
</head>
<body>
<header><strong>GraphQL console</strong><button id="run" type="button">Run (Ctrl+Enter)</button><span id="status" role="status"></span></header>
<main>
  <section>
    <label class="sr" for="query" hidden>Query</label>
    <textarea id="query" spellcheck="false">query Ask($q: String!) {
  ask(question: $q) { status verdict text language entities { slug } followUps }
}</textarea>
    <label>Variables (JSON)<textarea id="variables" rows="4" spellcheck="false">{ "q": "Can I run Docker on Windows 7?" }</textarea></label>
  </section>
  <pre id="result" aria-live="polite"></pre>
</main>
<script>
  const run = async () => {
    const status = document.getElementById("status");
    let variables = {};
    try { variables = JSON.parse(document.getElementById("variables").value || "{}"); }
    catch (e) { status.textContent = "Variables are not valid JSON"; return; }
    status.textContent = "Running…";
    const t0 = performance.now();
    const res = await fetch(location.pathname, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: document.getElementById("query").value, variables }),
    });
    document.getElementById("result").textContent = JSON.stringify(await res.json(), null, 2);
    status.textContent = res.status + " in " + Math.round(performance.now() - t0) + " ms";
  };
  document.getElementById("run").addEventListener("click", run);
  document.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
</script>
</body>
</html>`;
