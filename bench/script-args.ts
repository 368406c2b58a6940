// The bench scripts' command lines: node:util's parseArgs, with `-h`/`--help` printing the script's usage, and a
// mistake answered by its message, the usage and exit code 2, never a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP = { help: { type: "boolean", short: "h", default: false } } as const;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ allowPositionals: true; options: O & typeof HELP }>>;

/** Ends the script with a message about its command line, the usage, and exit code 2. */
export type Usage = (message: string) => never;

/** The script's options and positionals, and its `usage`. */
export function scriptArgs<const O extends Options>(usageText: string, options: O): Parsed<O> & { usage: Usage } {
  const usage: Usage = (message) => {
    console.error(`${message}\n\n${usageText}`);
    process.exit(2);
  };
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, ...HELP } }) as Parsed<O>;
  } catch (error) {
    return usage((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usageText);
    process.exit(0);
  }
  return { ...parsed, usage };
}
