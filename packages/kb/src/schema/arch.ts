import { z } from "zod";

/**
 * The processor architectures Windows ships for: `x86` is 32-bit Intel/AMD, `x64` is 64-bit
 * Intel/AMD, `arm64` is 64-bit Arm. Requirements such as "64-bit Windows" are told apart with them.
 */
export const ARCHITECTURES = ["x86", "x64", "arm64"] as const;
export type Architecture = (typeof ARCHITECTURES)[number];
export const ArchitectureSchema = z.enum(ARCHITECTURES);
