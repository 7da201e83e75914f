import { NotFound } from "@/components/common/NotFound";

export default function LocaleNotFound() {
  return <NotFound />;
}
