/**
 * Whether a question is an error message pasted into the chat rather than a question typed: it
 * carries an error code (0x80370102, HRESULTs, exit codes) or a long quoted message. Such an
 * answer is laid out as cause, fix steps and sources.
 */
export function looksLikePastedError(question: string): boolean {
  if (/\b0x[0-9a-f]{6,8}\b/i.test(question)) return true;
  if (/\b[A-Z][A-Z0-9]*_[A-Z0-9_]{3,}\b/.test(question)) return true;
  const quoted = /["“「'](.{24,}?)["”」']/.exec(question);
  return Boolean(quoted) || (question.length > 120 && /[:：]\s*\S/.test(question));
}
