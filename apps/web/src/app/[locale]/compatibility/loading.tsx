import { ListSkeleton } from "@/components/common/ListSkeleton";

export default function CompatibilityLoading() {
  return <ListSkeleton rows={1} tall />;
}
