import { ListSkeleton } from "@/components/common/ListSkeleton";

export default function SearchLoading() {
  return <ListSkeleton rows={5} />;
}
