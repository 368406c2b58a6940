// Dependencies that only some sites need (KaTeX, sanitize-html), loaded the first time a post needs them
// rather than when a build starts: each costs a build that never uses it 0.1–0.3 s of start-up.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * A synchronous loader for a CommonJS package, for code that cannot wait (a markdown-it rule):
 * the package is required on the first call, and the same module returned afterwards.
 */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
