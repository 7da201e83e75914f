"use client";

import { RouteError } from "@/components/common/RouteError";

export default function EntityError({ retry }: { error: unknown; retry: () => void }) {
  return <RouteError retry={retry} />;
}
