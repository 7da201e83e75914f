import { joinPath } from "../../load/formatPath.js";
import { message, type Rule } from "../Rule.js";

/** The article's milestones are what readers check dates against: they need the exact day. */
export const MilestoneDates: Rule = {
  name: "MilestoneDates",
  description: "Milestone events are dated to the day.",
  check(ds) {
    return ds.events
      .filter((e) => e.value.milestone && e.value.date.length !== 10)
      .map((e) =>
        message(
          this.name,
          { file: e.file, path: joinPath(e.path, "date") },
          `"${e.value.date}" must be YYYY-MM-DD for a milestone`,
        ),
      );
  },
};
