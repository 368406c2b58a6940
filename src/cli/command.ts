// One wrapper for every author command: each declares its options as data; this parses them strictly,
// answers --help, and turns every mistake into a one-paragraph message and an exit code (2 usage, 1 content).
import { parseArgs } from "node:util";
import { CommandError, usageError } from "./command-error.ts";
import { closestWord } from "../did-you-mean.ts";
import { helpText, usageLine } from "./help.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  /** What the value is, as --help shows it: `--port <number>`. String options only. */
  value?: string;
  /** One sentence for --help. */
  description: string;
  /** Booleans default to false; a string option without a default is undefined when not given. */
  default?: string;
  /** May be given more than once (`--tag AI --tag chips`); the values come as a list. */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The value a command's `run` gets for an option, typed from its declaration. */
type OptionValue<S extends OptionSpec> = S["type"] extends "boolean"
  ? boolean
  : S["multiple"] extends true
    ? string[]
    : S["default"] extends string
      ? string
      : string | undefined;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]: OptionValue<O[K]> };

export interface CommandSpec<O extends OptionSpecs> {
  /** How the author types it: `npm run build`, `npm start`. */
  name: string;
  /** What it does, one paragraph. */
  description: string;
  /** The one argument it takes besides options, if any: `"Title"`, `<path to _posts>`. */
  argument?: { name: string; description: string };
  options: O;
  examples: ReadonlyArray<{ command: string; does: string }>;
  /** Does the work and resolves to the exit code. Throws CommandError for a user's mistake. */
  run(args: { values: OptionValues<O>; argument: string | undefined }): Promise<number>;
}

/** The common `-h`/`--help`, added to every command. */
const HELP = { help: { type: "boolean", short: "h" } } as const;

/** Runs a command with the process's arguments and sets the exit code; never throws. */
export async function runCommand<const O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  try {
    const parsed = parseCommandLine(spec, argv);
    if (parsed === "help") {
      console.log(helpText(spec));
      process.exitCode = 0;
      return;
    }
    process.exitCode = await spec.run(parsed);
  } catch (error) {
    process.exitCode = reportFailure(spec, error);
  }
}

/** A user's mistake is one paragraph; anything else is a bug in this project, shown with its stack. */
export function reportFailure(spec: CommandSpec<OptionSpecs>, error: unknown): number {
  if (error instanceof CommandError) {
    console.error(error.exitCode === 2 ? `${error.message}\n${usageLine(spec)}` : error.message);
    return error.exitCode;
  }
  console.error(
    `${spec.name} stopped on an internal error. This is a bug in the blog's code, not in your posts or settings; ` +
      "please report it with the lines below.",
  );
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
}

function parseCommandLine<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): "help" | { values: OptionValues<O>; argument: string | undefined } {
  const options = {
    ...HELP,
    ...Object.fromEntries(
      Object.entries(spec.options).map(([name, option]) => [
        name,
        {
          type: option.type,
          ...(option.multiple ? { multiple: true, default: [] } : {}),
          ...(option.type === "boolean" ? { default: false } : {}),
          ...(option.default === undefined ? {} : { default: option.default }),
        },
      ]),
    ),
  };
  // --help wins over every other mistake on the line: it is what someone who made one reaches for.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === "option" && token.name === "help")) return "help";
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.argument !== undefined });
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS")) throw error;
    throw usageError(explainParseError(spec, tokens) ?? (error as Error).message);
  }
  const values: Record<string, unknown> = { ...parsed.values };
  delete values.help;
  if (parsed.positionals.length > 1) {
    throw usageError(
      `Give ${spec.argument!.name} as one argument (in quotes if it has spaces); got ${parsed.positionals.length}: ${parsed.positionals.map((value) => JSON.stringify(value)).join(", ")}.`,
    );
  }
  return { values: values as OptionValues<O>, argument: parsed.positionals[0] };
}

type Token = ReturnType<typeof parseArgs>["tokens"] extends (infer T)[] | undefined ? T : never;

/** Says which word of the command line is wrong, and how to write it, from what a lenient parse saw. */
function explainParseError(spec: CommandSpec<OptionSpecs>, tokens: readonly Token[]): string | undefined {
  for (const token of tokens) {
    if (token.kind === "positional" && spec.argument === undefined) {
      return `${spec.name} takes no argument, only options; "${token.value}" is not one.`;
    }
    if (token.kind !== "option") continue;
    const option = spec.options[token.name];
    if (option === undefined) {
      const near = closestWord(token.name, Object.keys(spec.options));
      return `${token.rawName} is not an option of ${spec.name}.${near === undefined ? "" : ` Did you mean --${near}?`}`;
    }
    if (option.type === "string" && token.value === undefined) {
      return `${token.rawName} needs a value: ${token.rawName} <${option.value ?? "value"}> (or ${token.rawName}=<${option.value ?? "value"}>).`;
    }
    if (option.type === "string" && token.inlineValue !== true && token.value?.startsWith("-")) {
      return `${token.rawName} needs a value, and "${token.value}" looks like another option. If it is the value, write ${token.rawName}=${token.value}.`;
    }
    if (option.type === "boolean" && token.value !== undefined) {
      return `${token.rawName} takes no value; write ${token.rawName} alone.`;
    }
  }
  return undefined;
}
