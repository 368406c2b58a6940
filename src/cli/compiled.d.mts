// Types for src/cli/compiled.mjs, which is plain JavaScript so that src/cli/run.mjs can load it without tsx.
/** The code's own hash: every source file, the esbuild version, where the project is. */
export function codeHash(esbuildVersion?: string): string;
/** The compiled module of a package.json command, compiling the code first if needed; undefined for other scripts. */
export function compiledCommand(script: string): Promise<string | undefined>;
export const COMPILED_DIR: string;
export function ensureCompiledDir(name: string): string;
