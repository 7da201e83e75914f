"use client";

/** The last resort, when the root layout itself fails: plain, in all three languages. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "10vh 24px", textAlign: "center" }}>
        <h1>Something went wrong</h1>
        <p lang="zh-Hans">出了点问题</p>
        <p lang="zh-Hant">發生了一點問題</p>
        <button type="button" onClick={() => retry()}>
          Try again · 重试 · 再試一次
        </button>
      </body>
    </html>
  );
}
