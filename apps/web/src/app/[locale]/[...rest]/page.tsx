import { notFound } from "next/navigation";

/** Any address under a locale that no page answers: the locale's 404 page. */
export default function Unknown() {
  notFound();
}
