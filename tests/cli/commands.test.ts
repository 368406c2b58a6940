// Every author command through the one wrapper: --help, and each mistake as one paragraph with exit code 2
// (how it was called) or 1 (settings), never a stack trace.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { newOutputFolder } from "../helpers/output-folder.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";

interface Command {
  script: string;
  name: string;
  /** A string option, given without its value. */
  valueless: string[];
  /** The arguments it needs besides the one under test. */
  needs: string[];
}

const COMMANDS: Command[] = [
  { script: "build.ts", name: "npm run build", valueless: ["--output"], needs: [] },
  { script: "serve.ts", name: "npm start", valueless: ["--port"], needs: [] },
  { script: "new-post.ts", name: "npm run new", valueless: ["A title", "--tag"], needs: ["A title"] },
  { script: "check.ts", name: "npm run check", valueless: ["--format"], needs: [] },
  // Its only option is a flag: a value given to it is the same kind of mistake.
  {
    script: "import-jekyll.ts",
    name: "npm run import:jekyll",
    valueless: ["_posts", "--dry-run=yes"],
    needs: ["_posts"],
  },
];

/** A folder with an empty posts folder (and a Jekyll one), where no command finds site.config.ts. */
function project(label: string): string {
  const root = newOutputFolder(label);
  mkdirSync(path.join(root, "posts"));
  mkdirSync(path.join(root, "_posts"));
  return root;
}

/** One paragraph: no blank line, no stack frame, nothing on stdout. */
function assertOneParagraph(result: CliResult): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m, result.stderr);
  assert.doesNotMatch(result.stderr.trim(), /\n\s*\n/, result.stderr);
  assert.equal(result.stdout, "");
}

for (const command of COMMANDS) {
  describe(command.name, () => {
    it("prints what it does, every option and an example with --help and -h, and exits 0", async () => {
      const root = project("help");
      for (const flag of ["--help", "-h"]) {
        // Help wins over anything else on the line, a mistake included.
        const result = await runCli(command.script, [flag, "--no-such-flag"], root);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr, "");
        assert.ok(result.stdout.startsWith(`${command.name}: `), result.stdout);
        assert.match(result.stdout, new RegExp(`\\nUsage: ${command.name} -- `));
        assert.match(result.stdout, /\nOptions:\n(?: {2}.+\n)+/);
        assert.match(result.stdout, /\n {2}-h, --help +Prints this help and exits\.\n/);
        assert.match(result.stdout, new RegExp(`\\nExamples:\\n {2}${command.name}`));
      }
    });

    it("refuses an unknown flag and a flag without its value with exit 2, in one paragraph", async () => {
      const root = project("usage");
      const unknown = await runCli(command.script, [...command.needs, "--no-such-flag"], root);
      assert.equal(unknown.code, 2, unknown.stderr);
      assert.match(unknown.stderr, new RegExp(`^--no-such-flag is not an option of ${command.name}\\.\\n`));
      assert.match(unknown.stderr, new RegExp(`See every option: ${command.name} -- --help\\n$`));
      assertOneParagraph(unknown);

      const valueless = await runCli(command.script, command.valueless, root);
      assert.equal(valueless.code, 2, valueless.stderr);
      assert.match(valueless.stderr, /^--[a-z-]+ (needs a value|takes no value)/);
      assertOneParagraph(valueless);
    });
  });
}

describe("every command's settings", () => {
  const reading = COMMANDS.filter((command) => command.script !== "import-jekyll.ts");

  it("refuses a --posts folder that does not exist with exit 2, naming it", async () => {
    const root = project("posts");
    for (const command of reading.filter((each) => each.script !== "new-post.ts")) {
      const result = await runCli(command.script, ["--posts", "no-such-posts"], root);
      assert.equal(result.code, 2, `${command.name}: ${result.stderr}`);
      assert.ok(
        result.stderr.startsWith(`--posts no-such-posts: there is no folder ${path.join(root, "no-such-posts")}.\n`),
        result.stderr,
      );
      assertOneParagraph(result);
    }
  });

  it("names the settings file and the key of a wrong value, and the line of a syntax error, with exit 1", async () => {
    const root = project("config");
    writeFileSync(path.join(root, "wrong.config.ts"), 'export default { title: "Blog", postsPerPage: "x" };\n');
    writeFileSync(path.join(root, "broken.config.ts"), 'export default {\n  title: "Blog",,\n};\n');
    for (const command of reading) {
      const wrong = await runCli(command.script, [...command.needs, "--config", "wrong.config.ts"], root);
      assert.equal(wrong.code, 1, `${command.name}: ${wrong.stderr}`);
      assert.match(wrong.stderr, /^wrong\.config\.ts has invalid settings:\n {2}postsPerPage: .*number/);
      assertOneParagraph(wrong);

      const broken = await runCli(command.script, [...command.needs, "--config", "broken.config.ts"], root);
      assert.equal(broken.code, 1, `${command.name}: ${broken.stderr}`);
      assert.match(broken.stderr, /^broken\.config\.ts could not be loaded: line 2, column 17: /);
      assertOneParagraph(broken);
    }
  });

  it("reads site.config.ts in the folder it runs in, and a broken one is a message too", async () => {
    const root = project("default-config");
    writeFileSync(path.join(root, "site.config.ts"), "export default { postsPerPage: 0 };\n");
    for (const command of COMMANDS) {
      const result = await runCli(command.script, command.needs, root);
      assert.equal(result.code, 1, `${command.name}: ${result.stderr}`);
      assert.match(result.stderr, /^site\.config\.ts has invalid settings:\n {2}postsPerPage: /);
      assertOneParagraph(result);
    }
  });
});
