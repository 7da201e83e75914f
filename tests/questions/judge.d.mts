export function mentions(text: string, alt: string): boolean;
export function judge(c: object, a: object): string[];
