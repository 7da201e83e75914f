import { ListSkeleton } from "@/components/common/ListSkeleton";

export default function EntityLoading() {
  return <ListSkeleton rows={4} />;
}
