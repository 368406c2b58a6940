// `import:jekyll` as a whole: a Jekyll site's settings, authors, posts and the files they show, merged into this project.
import type { DateTime } from "luxon";
import { postLinks } from "../check/post-links.ts";
import { parseFrontMatter } from "../posts/front-matter.ts";
import { createMarkdown } from "../posts/markdown.ts";
import { resolveSite, type SiteSettings } from "../site.ts";
import { planAuthors, readJekyllAuthors, writeAuthors, type AuthorsMerge } from "./authors-file.ts";
import { frontMatterFiles } from "./front-matter-files.ts";
import { importJekyllPosts, type ImportReport } from "./import-posts.ts";
import { readJekyllConfig, translateJekyllConfig, type ConfigNote, type TranslatedSetting } from "./jekyll-config.ts";
import { pluginVerdicts, type PluginVerdict } from "./jekyll-plugins.ts";
import { findJekyllSite, type JekyllSite } from "./jekyll-site.ts";
import { copyFiles, planFiles, type FilesPlan, type FoundReference } from "./referenced-files.ts";
import {
  planSettings,
  readSettingsFile,
  writeSettingsFile,
  mergedSettings,
  type SettingChange,
  type WrittenSettings,
} from "./site-config-file.ts";

export type UrlScheme = "keep" | "new";

export interface SiteImportOptions {
  /** What the author gave: a Jekyll site's root, or one `_posts` folder. */
  readonly from: string;
  /** This project's root. */
  readonly root: string;
  readonly layouts: readonly string[];
  readonly now: DateTime;
  readonly dryRun: boolean;
  /** Replace settings the project already has with the Jekyll site's, and files that differ. */
  readonly force: boolean;
  /** `keep`: posts keep their Jekyll URLs; `new`: this project's URLs, with a redirect from each old one. */
  readonly urls: UrlScheme;
}

export interface SiteImportReport {
  readonly site: JekyllSite;
  /** The config file read, relative to the Jekyll site, and why it could not be read. */
  readonly config: { readonly file: string | undefined; readonly problem?: string };
  readonly settings: readonly SettingChange[];
  readonly settingsWritten: WrittenSettings;
  readonly configNotes: readonly ConfigNote[];
  readonly plugins: readonly PluginVerdict[];
  readonly posts: ImportReport;
  readonly files: FilesPlan;
  readonly filesCopied: number;
  readonly authors: AuthorsMerge & { readonly sources: readonly string[]; readonly problems: readonly string[] };
  readonly options: SiteImportOptions;
  /** The project's settings once the imported ones are merged (posts folder, authors file…). */
  readonly effective: SiteSettings;
}

/** Settings that decide URLs: with `--urls new` this project's own are kept. */
const URL_SETTINGS = new Set(["permalink", "categoryPermalink", "tagPermalink"]);

export async function importJekyllSite(options: SiteImportOptions): Promise<SiteImportReport> {
  const { root } = options;
  let site = await findJekyllSite(options.from);
  const read = site.wholeSite ? await readJekyllConfig(site.root) : { file: undefined, config: {} };
  let translated = translateJekyllConfig(read.config, {
    postsFolders: site.postsFolders.map((folder) => folder.relative),
  });
  if (site.wholeSite && translated.exclude.length > 0) {
    site = await findJekyllSite(options.from, translated.exclude);
    translated = translateJekyllConfig(read.config, {
      postsFolders: site.postsFolders.map((folder) => folder.relative),
    });
  }
  // Only a whole site's settings are imported; a lone `_posts` folder brings its posts.
  const jekyllPermalink = translated.settings.find((setting) => setting.key === "permalink")?.value as string;
  const imported: TranslatedSetting[] = site.wholeSite
    ? translated.settings.filter((setting) => options.urls === "keep" || !URL_SETTINGS.has(setting.key))
    : [];

  const current = await readSettingsFile(root);
  let plan = planSettings(current.settings, imported, options.force);
  const effective = resolveSite(mergedSettings(current.settings, plan));

  const posts = await importJekyllPosts({
    folders: site.postsFolders,
    root,
    site: effective,
    layouts: options.layouts,
    now: options.now,
    dryRun: options.dryRun,
    ...(options.urls === "new" && site.wholeSite ? { redirectFromPermalink: jekyllPermalink } : {}),
  });

  const jekyllAuthors = site.wholeSite
    ? await readJekyllAuthors(site.root, translated.authors)
    : { entries: new Map<string, unknown>(), sources: [], problems: [] };
  const files = await planFiles(references(posts, jekyllAuthors.entries, jekyllAuthors.sources), {
    siteRoot: site.root,
    root,
    assetsDir: effective.assetsDir,
    reserved: reservedNames(effective.postsDir),
  });
  if (files.staticDirs.length > 0) {
    const staticDirs = { key: "staticDirs", value: files.staticDirs, from: "the folders the posts' files are in" };
    plan = planSettings(current.settings, [...imported, staticDirs], options.force);
  }
  const authors = await planAuthors(root, effective.authorsFile, jekyllAuthors);

  let filesCopied = 0;
  let settingsWritten: WrittenSettings = { written: false };
  if (!options.dryRun) {
    filesCopied = await copyFiles(root, files, options.force);
    settingsWritten = await writeSettingsFile(root, current, plan);
    await writeAuthors(root, effective.authorsFile, authors);
  }
  return {
    site,
    config: { file: read.file, ...("problem" in read && read.problem !== undefined ? { problem: read.problem } : {}) },
    settings: plan,
    settingsWritten,
    configNotes: translated.notes,
    plugins: pluginVerdicts(site.wholeSite ? translated.plugins : []),
    posts,
    files,
    filesCopied,
    authors: { ...authors, sources: jekyllAuthors.sources, problems: jekyllAuthors.problems },
    options,
    effective,
  };
}

/** Every local file the imported posts show or link to, and the authors' avatars. */
function references(
  posts: ImportReport,
  authors: ReadonlyMap<string, unknown>,
  authorSources: readonly string[],
): FoundReference[] {
  const markdown = createMarkdown();
  const found: FoundReference[] = [];
  for (const imported of posts.imported) {
    const { data, keyLines } = parseFrontMatter(imported.text);
    found.push(...frontMatterFiles(data, keyLines, imported.from));
    for (const link of postLinks(imported.post, markdown)) {
      found.push({
        reference: link.href,
        kind: link.kind,
        file: imported.from,
        line: link.line,
        pageUrl: imported.post.url,
      });
    }
  }
  const authorsFile = authorSources.at(-1) ?? "_config.yml";
  for (const [key, entry] of authors) {
    const avatar = (entry as Record<string, unknown> | null)?.avatar;
    if (typeof avatar === "string")
      found.push({ reference: avatar, kind: "image", file: `${authorsFile} (author "${key}")` });
  }
  return found;
}

/** Top-level names the project or its generated pages use: a Jekyll folder of that name is never published as it is. */
function reservedNames(postsDir: string): Set<string> {
  const [postsTop = "posts"] = postsDir.split(/[/\\]/);
  return new Set([
    postsTop,
    "src",
    "layouts",
    "tests",
    "bench",
    "node_modules",
    "_site",
    "categories",
    "tags",
    "authors",
    "page",
    "pagefind",
    "search",
  ]);
}
