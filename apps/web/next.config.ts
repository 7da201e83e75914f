import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/securityHeaders";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build can sit beside the usual one (e.g. NEXT_DIST_DIR=var/next-b), so that a build
  // never replaces the files under a running server or test.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // SOURCE_MAPS=1 builds with browser source maps, to see which modules a page's JavaScript holds.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === "1",
  // The monorepo root holds the lockfile; tracing starts there.
  outputFileTracingRoot: new URL("../..", import.meta.url).pathname,
  // Pages fetch from the API at request time; nothing is fetched while building.
  images: { unoptimized: true },
  async headers() {
    return [
      {
        source: "/:path*",
        // The Content-Security-Policy carries a nonce per response: src/proxy.ts sets it.
        headers: [...STATIC_SECURITY_HEADERS],
      },
    ];
  },
};

export default config;
