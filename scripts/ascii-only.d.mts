/** `source` (a bundle file named `name`) with every non-ASCII character escaped; throws where one cannot be. */
export function asciiOnly(name: string, source: string): string;
