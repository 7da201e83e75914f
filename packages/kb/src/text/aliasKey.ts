import { foldToSimplified } from "./chinese.js";

/**
 * The key two names are compared by: what differs only in width, case, script, spaces,
 * hyphens or dots is the same name ("Hyper V", "hyper-v", "ＨＹＰＥＲ－Ｖ"; 虛擬機, 虚拟机).
 */
export function aliasKey(s: string): string {
  return foldToSimplified(s.normalize("NFKC").toLowerCase()).replace(/[\s\-_.·・'’]/g, "");
}
