import { ListSkeleton } from "@/components/common/ListSkeleton";

export default function TimelineLoading() {
  return <ListSkeleton rows={6} />;
}
