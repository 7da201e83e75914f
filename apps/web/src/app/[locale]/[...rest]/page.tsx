import { NotFound } from "@/components/common/NotFound";

/**
 * Any address under a locale that no page answers. The proxy has already given it the 404 status;
 * the page is rendered here rather than by notFound(), whose response needs JavaScript to show.
 */
export default function Unknown() {
  return <NotFound />;
}
