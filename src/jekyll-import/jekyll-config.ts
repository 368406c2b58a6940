// Jekyll's `_config.yml` read and translated into this project's settings, each with the Jekyll key it came from.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { IANAZone } from "luxon";
import { normalisePathPrefix } from "../site.ts";
import { normaliseText } from "../source-text.ts";
import { readYaml, YamlError } from "../yaml/read-yaml.ts";
import { translateDefaults } from "./jekyll-defaults.ts";

/** A setting for site.config.ts, and where in `_config.yml` it came from (for the report). */
export interface TranslatedSetting {
  readonly key: string;
  readonly value: unknown;
  /** `permalink`, `baseurl`, `jekyll-archives.permalinks.tag`, or "Jekyll's default" when the config had none. */
  readonly from: string;
}

export interface ConfigNote {
  /** The Jekyll key the note is about. */
  readonly key: string;
  readonly message: string;
}

export interface TranslatedConfig {
  readonly settings: readonly TranslatedSetting[];
  /** The `authors` map of the config, by key (`_data/authors.*` is read by readJekyllAuthors). */
  readonly authors: Readonly<Record<string, unknown>>;
  /** Names of `plugins:` and `gems:` (the older key), in order, without repeats. */
  readonly plugins: readonly string[];
  /** Folders and files the site excludes (`exclude:`), relative to the site root. */
  readonly exclude: readonly string[];
  /** What was read but not translated, and why: each needs a person. */
  readonly notes: readonly ConfigNote[];
}

export interface ReadConfig {
  /** The config file, relative to the site root; undefined when the site has none. */
  readonly file: string | undefined;
  readonly config: Record<string, unknown>;
  /** A config that could not be read (TOML, bad YAML): the import goes on without it. */
  readonly problem?: string;
}

/** Reads `_config.yml` (or `_config.yaml`) as Jekyll does; `_config.toml` is named as unsupported. */
export async function readJekyllConfig(siteRoot: string): Promise<ReadConfig> {
  for (const name of ["_config.yml", "_config.yaml"]) {
    const file = path.join(siteRoot, name);
    if (!existsSync(file)) continue;
    try {
      const { data } = readYaml(normaliseText(await readFile(file, "utf8")), { duplicateKeys: "error" });
      if (data === null || data === undefined) return { file: name, config: {} };
      if (typeof data !== "object" || Array.isArray(data)) {
        return { file: name, config: {}, problem: "is not a map of settings, so no setting was read from it." };
      }
      return { file: name, config: data as Record<string, unknown> };
    } catch (error) {
      if (!(error instanceof YamlError)) throw error;
      const line = error.line === undefined ? "" : ` (line ${error.line})`;
      return {
        file: name,
        config: {},
        problem: `is not valid YAML${line}: ${error.reason}. No setting was read from it.`,
      };
    }
  }
  if (existsSync(path.join(siteRoot, "_config.toml"))) {
    return {
      file: "_config.toml",
      config: {},
      problem:
        "is TOML, which this importer does not read. Convert it to _config.yml and import again, or set the settings in site.config.ts yourself.",
    };
  }
  return { file: undefined, config: {} };
}

export interface TranslateOptions {
  /** Every `_posts` folder of the site, relative to its root (`_posts`, `news/_posts`), for `defaults` scopes. */
  readonly postsFolders: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** jekyll-archives' own URLs when the config enables an archive without naming its permalink. */
const ARCHIVE_DEFAULTS = { category: "/category/:name/", tag: "/tag/:name/" } as const;

/** Translates the settings this project has an equivalent for; the rest are notes. Pure, for unit tests. */
export function translateJekyllConfig(config: Record<string, unknown>, options: TranslateOptions): TranslatedConfig {
  const settings: TranslatedSetting[] = [];
  const notes: ConfigNote[] = [];
  const set = (key: string, value: unknown, from: string) => settings.push({ key, value, from });
  const text = (key: string): string | undefined => {
    const value = config[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    notes.push({ key, message: `is ${describe(value)}, not text, so it was not read.` });
    return undefined;
  };

  const title = text("title");
  if (title !== undefined && title.trim() !== "") set("title", title, "title");
  const description = text("description");
  if (description !== undefined) set("description", description, "description");

  const url = text("url");
  let urlPath = "";
  if (url !== undefined && url.trim() !== "") {
    const match = /^(https?:\/\/[^/?#]+)(\/[^?#]*)?$/i.exec(url.trim());
    if (match) {
      set("url", match[1], "url");
      urlPath = (match[2] ?? "").replace(/\/+$/, "");
    } else {
      notes.push({
        key: "url",
        message: `"${url}" is not an http(s) address, so it was not read. Set url in site.config.ts.`,
      });
    }
  }
  const baseurl = text("baseurl");
  if (baseurl !== undefined || urlPath !== "") {
    // A url with a path (`https://x.github.io/blog`) and an empty baseurl: the path is the subfolder.
    const prefix = baseurl !== undefined && baseurl.trim() !== "" ? baseurl.trim() : urlPath;
    set("pathPrefix", normalisePathPrefix(prefix), baseurl !== undefined && baseurl.trim() !== "" ? "baseurl" : "url");
  }

  // The posts collection's own permalink wins over the site's, as in Jekyll.
  const collections = isRecord(config.collections) ? config.collections : {};
  const postsPermalink = isRecord(collections.posts) ? collections.posts.permalink : undefined;
  const permalink = text("permalink");
  if (typeof postsPermalink === "string" && postsPermalink.trim() !== "") {
    set("permalink", postsPermalink.trim(), "collections.posts.permalink");
  } else if (permalink !== undefined && permalink.trim() !== "") set("permalink", permalink.trim(), "permalink");
  else set("permalink", "date", "Jekyll's default (date)");

  const timezone = text("timezone");
  if (timezone !== undefined) {
    if (IANAZone.isValidZone(timezone)) set("timeZone", timezone, "timezone");
    else notes.push({ key: "timezone", message: `"${timezone}" is not an IANA time zone, so it was not read.` });
  }

  if (config.paginate !== undefined && config.paginate !== null) {
    const paginate = Number(config.paginate);
    if (Number.isInteger(paginate) && paginate > 0) set("postsPerPage", paginate, "paginate");
    else
      notes.push({
        key: "paginate",
        message: `${JSON.stringify(config.paginate)} is not a number of posts, so it was not read.`,
      });
  }

  const separator = text("excerpt_separator");
  if (separator !== undefined && separator !== "") set("excerptSeparator", separator, "excerpt_separator");

  if (config.defaults !== undefined && config.defaults !== null) {
    const defaults = translateDefaults(config.defaults, options.postsFolders);
    if (defaults.defaults.length > 0) set("defaults", defaults.defaults, "defaults");
    notes.push(...defaults.skipped.map((message) => ({ key: "defaults", message })));
  }

  if (typeof config.author === "string" && config.author.trim() !== "") set("author", config.author.trim(), "author");
  else if (isRecord(config.author) && typeof config.author.name === "string")
    set("author", config.author.name, "author.name");

  const archives = config["jekyll-archives"];
  if (isRecord(archives)) {
    const permalinks = isRecord(archives.permalinks) ? archives.permalinks : {};
    const enabled = Array.isArray(archives.enabled)
      ? archives.enabled.map(String)
      : archives.enabled === "all"
        ? ["all"]
        : [];
    for (const [kind, setting, plural] of [
      ["category", "categoryPermalink", "categories"],
      ["tag", "tagPermalink", "tags"],
    ] as const) {
      const given = permalinks[kind];
      if (typeof given === "string" && given.trim() !== "")
        set(setting, given.trim(), `jekyll-archives.permalinks.${kind}`);
      else if (enabled.includes(plural) || enabled.includes("all"))
        set(setting, ARCHIVE_DEFAULTS[kind], `jekyll-archives' default for ${plural}`);
    }
  }

  const plugins = [...new Set([...names(config.plugins), ...names(config.gems)])];
  const exclude = names(config.exclude).map((entry) => entry.replace(/^\/+|\/+$/g, ""));
  return { settings, authors: isRecord(config.authors) ? config.authors : {}, plugins, exclude, notes };
}

function names(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is string => typeof entry === "string" && entry.trim() !== "")
    .map((entry) => entry.trim());
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return `${JSON.stringify(value)}`;
}
