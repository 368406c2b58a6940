// What `--help` prints, and the usage line under a usage error: both read from a command's declaration.
import type { CommandSpec, OptionSpec, OptionSpecs } from "./command.ts";

/** `npm run new -- "Title" [options]`: how the command is called, in one line. */
export function usageLine(spec: CommandSpec<OptionSpecs>): string {
  const argument = spec.argument === undefined ? "" : ` ${spec.argument.name}`;
  return `Usage: ${spec.name} --${argument} [options]. See every option: ${spec.name} -- --help`;
}

/** The command's description, every option with its value and default, and examples. */
export function helpText(spec: CommandSpec<OptionSpecs>): string {
  const rows: Array<[string, string]> = [];
  if (spec.argument !== undefined) rows.push([spec.argument.name, spec.argument.description]);
  for (const [name, option] of Object.entries(spec.options)) rows.push([flag(name, option), describe(option)]);
  rows.push(["-h, --help", "Prints this help and exits."]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const argument = spec.argument === undefined ? "" : ` ${spec.argument.name}`;
  return [
    ...wrap(`${spec.name}: ${spec.description}`, LINE),
    "",
    `Usage: ${spec.name} --${argument} [options]`,
    "",
    "Options:",
    ...rows.flatMap(([left, right]) =>
      wrap(right, LINE - 2 - width).map((line, index) => `  ${(index === 0 ? left : "").padEnd(width)}${line}`),
    ),
    "",
    "Examples:",
    ...spec.examples.flatMap(({ command, does }) => [`  ${command}`, `      ${does}`]),
    "",
  ].join("\n");
}

/** Help lines stay readable in an 80–100 column terminal. */
const LINE = 100;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

function flag(name: string, option: OptionSpec): string {
  return option.type === "string" ? `--${name} <${option.value ?? "value"}>` : `--${name}`;
}

function describe(option: OptionSpec): string {
  const repeat = option.multiple ? " May be given more than once." : "";
  const fallback = option.default === undefined ? "" : ` Default: ${option.default}.`;
  return `${option.description}${repeat}${fallback}`;
}
