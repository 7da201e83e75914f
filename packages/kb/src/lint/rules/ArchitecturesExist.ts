import type { LintMessage } from "../../load/DataSet.js";
import type { EntityInput } from "../../schema/entity.js";
import { message, type Rule } from "../Rule.js";

/**
 * "64-bit Windows only" is a requirement users trip over, so a setup rule for an OS that ships
 * for several architectures must say which it is about, and every architecture a rule or a
 * relation names must be one the OS ships for (no 32-bit Windows 11, no Arm Windows 7).
 */
export const ArchitecturesExist: Rule = {
  name: "ArchitecturesExist",
  description: "Setup rules name the architecture where the OS has several; named architectures exist on the OS.",
  check(ds) {
    const bySlug = new Map<string, EntityInput>(ds.entities.map((e) => [e.value.slug, e.value]));
    const out: LintMessage[] = [];
    const verify = (os: EntityInput | undefined, arch: readonly string[], file: string, path: string) => {
      if (!os?.architectures) return;
      arch.forEach((a, i) => {
        if (!os.architectures?.includes(a as never))
          out.push(
            message(
              this.name,
              { file, path: arch.length > 1 ? `${path}[${i}]` : path },
              `"${a}" is not an architecture of "${os.slug}"; it has ${os.architectures?.join(", ")}`,
            ),
          );
      });
    };
    for (const { value: e, file } of ds.entities) {
      e.relations.forEach((r, i) => {
        if (!r.conditions?.arch) return;
        const target = bySlug.get(r.target);
        const os = e.kind === "OS_VERSION" ? e : target?.kind === "OS_VERSION" ? target : undefined;
        verify(os, [r.conditions.arch], file, `relations[${i}].conditions.arch`);
      });
    }
    for (const { value: s, file } of ds.setups) {
      s.rules.forEach((r, i) => {
        const os = bySlug.get(r.os);
        if (r.arch) verify(os, r.arch, file, `rules[${i}].arch`);
        else if (os?.architectures && os.architectures.length > 1)
          out.push(
            message(
              this.name,
              { file, path: `rules[${i}]` },
              `"${os.slug}" ships for ${os.architectures.join(", ")}: say which the rule is about with "arch"`,
            ),
          );
      });
    }
    return out;
  },
};
