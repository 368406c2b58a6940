// Reads site.config.ts (or --config) for a command: a file that is missing, does not parse, throws or holds a
// wrong value becomes one paragraph naming the file (and the key), never a stack trace.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  checkProductionSettings,
  resolveSite,
  SiteSettingsError,
  type SiteSettings,
  type SiteSettingsInput,
} from "../site.ts";
import { CommandError, usageError } from "./command-error.ts";
import { importSettingsModule } from "./import-settings.ts";

/** The settings file a command reads unless --config names another. */
export const DEFAULT_CONFIG = "site.config.ts";

/** `--config <file>`, for every command that reads the site's settings. */
export const CONFIG_OPTION = {
  config: {
    type: "string",
    value: "file",
    default: DEFAULT_CONFIG,
    description:
      "The settings file, in the folder the command runs in unless a path is given; it exports defineSite({…}) as site.config.ts does. Without it, every setting has its default.",
  },
} as const;

/** `--posts <folder>`, for the commands that read the posts. */
export const POSTS_OPTION = {
  posts: {
    type: "string",
    value: "folder",
    description: "The folder of Markdown posts, instead of postsDir from the settings.",
  },
} as const;

export interface SiteSources {
  /** The settings file as given (relative to `root` unless absolute). */
  config: string;
  /** `--posts`: must be an existing folder. */
  posts?: string | undefined;
  /** Other values given on the command line, which win over the file's. */
  overrides?: Partial<SiteSettingsInput>;
  /** A build to deploy: the settings must give the site's address. */
  production?: boolean;
  /** The folder the command runs in; paths are relative to it. */
  root?: string;
}

/** The checked settings; throws CommandError for every mistake in them. */
export async function loadSite(sources: SiteSources): Promise<SiteSettings> {
  const root = sources.root ?? process.cwd();
  const input = await readSettingsFile(sources.config, root);
  if (
    sources.posts !== undefined &&
    !statSync(path.resolve(root, sources.posts), { throwIfNoEntry: false })?.isDirectory()
  ) {
    throw usageError(`--posts ${sources.posts}: there is no folder ${path.resolve(root, sources.posts)}.`);
  }
  try {
    const site = resolveSite({
      ...input,
      ...sources.overrides,
      ...(sources.posts === undefined ? {} : { postsDir: sources.posts }),
    });
    if (sources.production) checkProductionSettings(site);
    return site;
  } catch (error) {
    if (error instanceof SiteSettingsError) throw new CommandError(naming(error.message, sources.config), 1);
    throw error;
  }
}

/** The settings a file exports as default; every setting's default when the default file is absent. */
async function readSettingsFile(config: string, root: string): Promise<SiteSettingsInput> {
  const file = path.resolve(root, config);
  if (!existsSync(file)) {
    // Every setting is optional, so a folder without site.config.ts is a blog with the defaults.
    if (config === DEFAULT_CONFIG) return {};
    throw usageError(`--config ${config}: there is no file ${file}.`);
  }
  let module: { default?: unknown };
  try {
    module = await importSettingsModule(file);
  } catch (error) {
    throw new CommandError(
      `${config} could not be loaded: ${loadFailure(error, file)}. Fix it so that it exports the settings: ${EXAMPLE}.`,
      1,
    );
  }
  const settings = module.default;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    throw new CommandError(`${config} has no default export. Export the settings: ${EXAMPLE}.`, 1);
  }
  return settings as SiteSettingsInput;
}

const EXAMPLE = 'export default defineSite({ title: "My Blog" })';

/**
 * Where in the file it failed and why: esbuild's syntax error (its message, as it crosses from tsx's loader
 * thread, says `file:line:column: ERROR: text`), or the line of the file an error was thrown at.
 */
function loadFailure(error: unknown, file: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = new RegExp(`${escapeRegExp(file)}:(\\d+):(\\d+): ERROR: (.+)`).exec(message);
  if (syntax) return `line ${syntax[1]}, column ${Number(syntax[2]) + 1}: ${syntax[3]}`;
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const at = new RegExp(`(?:${escapeRegExp(pathToFileURL(file).href)}|${escapeRegExp(file)}):(\\d+)`).exec(stack);
  const name = error instanceof Error ? `${error.name}: ` : "";
  return `${at ? `line ${at[1]}: ` : ""}${name}${message.replace(/\s+/g, " ").trim()}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** src/site.ts names site.config.ts in its messages; with --config, the file is another. */
function naming(message: string, config: string): string {
  return config === DEFAULT_CONFIG ? message : message.replace(/^site\.config\.ts\b/, config);
}
