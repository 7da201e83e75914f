import { ARCHITECTURES, type Architecture, type KbEntity } from "@dockerwin/kb";
import { badInput } from "../errors.js";

/** The GraphQL Architecture enum (X86, X64, ARM64) and the data's names (x86, x64, arm64). */
export type ArchitectureEnum = "X86" | "X64" | "ARM64";

export function fromArchEnum(a: ArchitectureEnum): Architecture {
  const arch = a.toLowerCase() as Architecture;
  if (!ARCHITECTURES.includes(arch)) throw new Error(`unknown architecture ${a}`);
  return arch;
}

export function toArchEnum(a: Architecture | null): ArchitectureEnum | null {
  return a === null ? null : (a.toUpperCase() as ArchitectureEnum);
}

/** The architecture a compatibility question names, if it is one the OS ships for. */
export function archOf(os: KbEntity, a: ArchitectureEnum | null | undefined): Architecture | undefined {
  if (a === null || a === undefined) return undefined;
  const arch = fromArchEnum(a);
  if (os.architectures.length > 0 && !os.architectures.includes(arch))
    throw badInput(`${a} is not an architecture of ${os.slug}; it has ${os.architectures.map(toArchEnum).join(", ")}`);
  return arch;
}
