"use client";

import { RouteError } from "@/components/common/RouteError";

export default function ChatError({ retry }: { error: unknown; retry: () => void }) {
  return <RouteError retry={retry} />;
}
