import { ListSkeleton } from "@/components/common/ListSkeleton";

export default function CompareLoading() {
  return <ListSkeleton rows={1} tall />;
}
