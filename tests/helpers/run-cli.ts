// Runs one of the author commands (src/cli/*.ts) as `npm run …` would, in a given folder, and captures what it says.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** What package.json's scripts run: it loads the dependencies, then tsx with the project's tsconfig.json. */
const RUN = fileURLToPath(new URL("../../src/cli/run.mjs", import.meta.url));
const CLI = fileURLToPath(new URL("../../src/cli/", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `runCli("check.ts", ["--strict"], root)`: the command's exit code and output; never throws on failure. */
export function runCli(script: string, args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [RUN, `${CLI}${script}`, ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
