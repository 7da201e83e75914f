import { z } from "zod";
import { LocalizedTextSchema, SlugSchema } from "./text.js";

/** The language and script a message is shown in, as Windows or Docker prints it. */
export const MESSAGE_LANGS = ["en", "zh-Hans", "zh-Hant"] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

/** Where a fix step's command is typed, so a reader knows which window to open. */
export const SHELLS = ["powershell", "cmd", "bash", "bios"] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * An error code as printed: a Windows HRESULT or Win32 code in hex (0x80370102, 0x1bc), or a
 * symbolic status such as VirtualBox's VERR_VMX_NO_VMX. Hex is kept lower case so a code is
 * written one way only.
 */
export const ErrorCodeSchema = z
  .string()
  .regex(
    /^(0x[0-9a-f]{1,8}|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+)$/,
    "must be lower-case hex such as 0x80370102 or a status such as VERR_VMX_NO_VMX",
  );

/** One wording of the error, verbatim: what a user would paste. */
export const ErrorMessageSchema = z.strictObject({
  text: z.string().min(1),
  lang: z.enum(MESSAGE_LANGS),
});
export type ErrorMessageInput = z.infer<typeof ErrorMessageSchema>;

/** One step of the fix; a command stands apart from the prose so it can be shown as code. */
export const FixStepSchema = z.strictObject({
  text: LocalizedTextSchema,
  command: z.string().min(1).optional(),
  shell: z.enum(SHELLS).optional(),
});
export type FixStepInput = z.infer<typeof FixStepSchema>;

/** Where the error is met: operating systems, editions and builds. */
export const ErrorConditionsSchema = z.strictObject({
  os: z.array(SlugSchema).optional(),
  editions: z.array(SlugSchema).optional(),
  minBuild: z.number().int().positive().optional(),
  maxBuild: z.number().int().positive().optional(),
  note: LocalizedTextSchema.optional(),
});

/**
 * An error message people meet and paste, as a first-class record: its wordings and codes,
 * why it happens, how to fix it, what it concerns and where users met it. Whether an entry has
 * messages, fix steps and sources is checked by a lint rule, so the message can say why.
 */
export const ErrorEntrySchema = z.strictObject({
  slug: SlugSchema,
  title: LocalizedTextSchema,
  messages: z.array(ErrorMessageSchema),
  codes: z.array(ErrorCodeSchema).optional(),
  /**
   * Where the message's words are also printed for other causes ("no such file or directory"),
   * the signs of this one ("exec", "^M", ".sh"): a paste matched by its words must hold one
   * (any case; a sign that begins or ends with a letter, as a whole word). A code needs none.
   */
  signs: z.array(z.string().min(1)).optional(),
  cause: LocalizedTextSchema,
  fix: z.array(FixStepSchema),
  entities: z.array(SlugSchema).min(1),
  conditions: ErrorConditionsSchema.optional(),
  sources: z.array(SlugSchema),
});
export type ErrorEntryInput = z.infer<typeof ErrorEntrySchema>;
