import { NotFound } from "@/components/common/NotFound";

export default function EntityNotFound() {
  return <NotFound />;
}
