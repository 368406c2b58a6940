// Runs one of the author commands (src/cli/*.ts) as `npm run …` would, in a given folder, and captures what it says.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const CLI = fileURLToPath(new URL("../../src/cli/", import.meta.url));
/** tsx finds tsconfig.json from the working folder; a command run in a temporary folder needs the project's (for JSX). */
const TSCONFIG = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `runCli("check.ts", ["--strict"], root)`: the command's exit code and output; never throws on failure. */
export function runCli(script: string, args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ["--tsconfig", TSCONFIG, `${CLI}${script}`, ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
