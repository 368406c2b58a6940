// The imported settings merged into `site.config.ts`: keys added or (with --force) replaced in place, nothing else touched.
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { importSettingsModule } from "../cli/import-settings.ts";
import type { TranslatedSetting } from "./jekyll-config.ts";
import { findSettingsObject } from "./object-literal.ts";
import { propertyKey, tsValue } from "./ts-value.ts";

export const SETTINGS_FILE = "site.config.ts";

export interface SettingsFile {
  readonly exists: boolean;
  /** The file's text, when it exists. */
  readonly text: string;
  /** What the file exports, as the build reads it. */
  readonly settings: Readonly<Record<string, unknown>>;
}

/** One imported setting and what happened to it. */
export interface SettingChange extends TranslatedSetting {
  /**
   * `set`: the file had no value; `same`: it had this one; `kept`: it had another and keeps it (a conflict:
   * --force replaces it); `replaced`: it had another, and --force replaced it.
   */
  readonly outcome: "set" | "same" | "kept" | "replaced";
  readonly existing?: unknown;
}

let loads = 0;

/** Imports the settings module, as the build does, so a value computed in TypeScript is read as its result. */
async function importSettings(file: string): Promise<Record<string, unknown>> {
  // A new query each time: Node caches modules by URL, and the file may have changed since the last import.
  loads += 1;
  const module = await importSettingsModule(file, `?import-jekyll=${loads}`);
  const value = module.default;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${path.basename(file)} does not export its settings as \`export default defineSite({ … })\`.`);
  }
  return value as Record<string, unknown>;
}

export async function readSettingsFile(root: string): Promise<SettingsFile> {
  const file = path.join(root, SETTINGS_FILE);
  if (!existsSync(file)) return { exists: false, text: "", settings: {} };
  return { exists: true, text: await readFile(file, "utf8"), settings: await importSettings(file) };
}

/** Each setting against the file's value: never a different value replaced unless `force`. `staticDirs` only grows. */
export function planSettings(
  current: Readonly<Record<string, unknown>>,
  imported: readonly TranslatedSetting[],
  force: boolean,
): SettingChange[] {
  return imported.map((setting) => {
    const existing = current[setting.key];
    if (existing === undefined) return { ...setting, outcome: "set" };
    if (setting.key === "staticDirs" && Array.isArray(existing)) {
      const added = (setting.value as string[]).filter((folder) => !existing.includes(folder));
      if (added.length === 0) return { ...setting, value: existing, outcome: "same", existing };
      return { ...setting, value: [...existing, ...added], outcome: "set", existing };
    }
    if (isDeepStrictEqual(existing, setting.value)) return { ...setting, outcome: "same", existing };
    return { ...setting, outcome: force ? "replaced" : "kept", existing };
  });
}

/** The settings once the plan is applied. */
export function mergedSettings(
  current: Readonly<Record<string, unknown>>,
  plan: readonly SettingChange[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const change of plan)
    if (change.outcome === "set" || change.outcome === "replaced") merged[change.key] = change.value;
  return merged;
}

const HEADER = `// This blog's settings. Every key is optional; see src/site.ts for what each one does.
import { defineSite } from "./src/site.ts";
`;

/** A new settings file holding these settings. */
export function newSettingsText(settings: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(settings).map(([key, value]) => `  ${propertyKey(key)}: ${tsValue(value, "  ")},\n`);
  return `${HEADER}\nexport default defineSite({\n${lines.join("")}});\n`;
}

/**
 * The file's text with the plan applied: replaced values rewritten where they stand, new keys added at
 * the end of the object (with a comment naming where they came from). Undefined when the object cannot be
 * found or read safely.
 */
export function editSettingsText(text: string, plan: readonly SettingChange[]): string | undefined {
  const object = findSettingsObject(text);
  if (!object) return undefined;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const added = plan.filter(
    (change) => change.outcome === "set" && !object.properties.some((p) => p.key === change.key),
  );
  for (const change of plan) {
    if (change.outcome !== "replaced" && !(change.outcome === "set" && change.existing !== undefined)) continue;
    const spans = object.properties.filter((property) => property.key === change.key);
    if (spans.length !== 1) return undefined;
    const indent = lineIndent(text, spans[0]!.valueStart);
    edits.push({ start: spans[0]!.valueStart, end: spans[0]!.valueEnd, text: ` ${tsValue(change.value, indent)}` });
  }
  if (added.length > 0) {
    const before = text.slice(0, object.close);
    const indent = object.properties.length > 0 ? lineIndent(text, object.properties[0]!.valueStart) : "  ";
    const lines = added.map(
      (change) => `${indent}${propertyKey(change.key)}: ${tsValue(change.value, indent)}, // Jekyll: ${change.from}\n`,
    );
    const lastProperty = object.properties.at(-1);
    const comma =
      lastProperty && !object.trailingComma
        ? { start: lastProperty.valueEnd, end: lastProperty.valueEnd, text: "," }
        : undefined;
    if (comma) edits.push(comma);
    const lineStart = before.lastIndexOf("\n") + 1;
    const closeOnOwnLine = /^\s*$/.test(text.slice(lineStart, object.close));
    edits.push(
      closeOnOwnLine
        ? { start: lineStart, end: lineStart, text: lines.join("") }
        : { start: object.close, end: object.close, text: `\n${lines.join("")}` },
    );
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

export interface WrittenSettings {
  /** Whether site.config.ts was written. */
  readonly written: boolean;
  /** Why it was not, with what to do; the lines to add by hand are in the report. */
  readonly problem?: string;
}

/**
 * Writes the merged settings, then reads the file back as the build would: if what it exports is not
 * exactly the merged settings, the original is put back and nothing is lost.
 */
export async function writeSettingsFile(
  root: string,
  current: SettingsFile,
  plan: readonly SettingChange[],
): Promise<WrittenSettings> {
  if (!plan.some((change) => change.outcome === "set" || change.outcome === "replaced")) return { written: false };
  const file = path.join(root, SETTINGS_FILE);
  const expected = mergedSettings(current.settings, plan);
  const text = current.exists ? editSettingsText(current.text, plan) : newSettingsText(expected);
  const cannot = `${SETTINGS_FILE} was not changed: its settings object could not be edited safely. Add the settings listed above to it by hand.`;
  if (text === undefined) return { written: false, problem: cannot };
  await writeFile(file, text);
  try {
    if (
      isDeepStrictEqual(JSON.parse(JSON.stringify(await importSettings(file))), JSON.parse(JSON.stringify(expected)))
    ) {
      return { written: true };
    }
  } catch {
    // Read back below as a failure.
  }
  if (current.exists) await writeFile(file, current.text);
  else await rm(file);
  return { written: false, problem: cannot };
}
