/** How a row of the compatibility matrix names its build range: by feature release where known. */
export interface BuildRangeParts {
  /** The release the range starts at ("1903"), or "build 18362" when no release has that build. */
  from: { version: string | null; build: number } | null;
  /** The first release the range no longer covers ("22H2"). */
  to: { version: string | null; build: number } | null;
}

export function buildRangeParts(
  releases: readonly { version: string; build: number }[] | undefined,
  minBuild: number | null,
  maxBuild: number | null,
): BuildRangeParts {
  const versionOf = (build: number) => releases?.find((r) => r.build === build)?.version ?? null;
  return {
    from: minBuild === null ? null : { version: versionOf(minBuild), build: minBuild },
    to: maxBuild === null ? null : { version: versionOf(maxBuild), build: maxBuild },
  };
}

/** Whether a build falls in a row's range: minBuild inclusive, maxBuild exclusive. */
export function buildInRange(build: number, minBuild: number | null, maxBuild: number | null): boolean {
  return (minBuild === null || build >= minBuild) && (maxBuild === null || build < maxBuild);
}
