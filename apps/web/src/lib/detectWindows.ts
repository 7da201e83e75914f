import type { Architecture } from "@/graphql/operations/compatibility";
import type { OsChoice } from "./matrix";

/** What `navigator.userAgentData.getHighEntropyValues` reports, as far as it matters here. */
export interface ClientHints {
  platform?: string;
  platformVersion?: string;
  architecture?: string;
  bitness?: string;
}

export interface DetectedWindows {
  os: string;
  arch: Architecture | null;
}

// Microsoft documents the Windows client hint: platformVersion 13 and above is Windows 11, 1 to 12
// is Windows 10 (0 is 7, 8 or 8.1, which it cannot tell apart). Windows 11 began at build 22000 and
// Windows 10 at 10240; the OS is found in the data by those builds, not by name.
const WINDOWS_11_MAJOR = 13;
const FIRST_BUILD_11 = 22000;
const FIRST_BUILD_10 = 10240;

function firstBuild(choice: OsChoice): number | null {
  return choice.releases[0]?.build ?? null;
}

/** The OS of the data whose first release is the lowest one from `from` on (the client, not a server). */
function osFrom(choices: readonly OsChoice[], from: number, below: number): OsChoice | undefined {
  let best: OsChoice | undefined;
  for (const choice of choices) {
    const first = firstBuild(choice);
    if (first === null || first < from || first >= below) continue;
    if (!best || first < (firstBuild(best) ?? Infinity)) best = choice;
  }
  return best;
}

/** The reader's Windows and architecture from User-Agent Client Hints; null when not Windows 10 or 11. */
export function detectWindows(hints: ClientHints, choices: readonly OsChoice[]): DetectedWindows | null {
  if (hints.platform !== "Windows") return null;
  const major = Number.parseInt(hints.platformVersion ?? "", 10);
  if (!Number.isInteger(major) || major < 1) return null;
  const choice =
    major >= WINDOWS_11_MAJOR
      ? osFrom(choices, FIRST_BUILD_11, Infinity)
      : osFrom(choices, FIRST_BUILD_10, FIRST_BUILD_11);
  if (!choice) return null;
  const arch = architectureOf(hints);
  return { os: choice.slug, arch: arch && choice.architectures.includes(arch) ? arch : null };
}

function architectureOf({ architecture, bitness }: ClientHints): Architecture | null {
  if (architecture === "arm") return bitness === "64" ? "ARM64" : null;
  if (architecture === "x86") return bitness === "64" ? "X64" : bitness === "32" ? "X86" : null;
  return null;
}
