// Types for the part of Eleventy 3 this project uses. Eleventy ships JSDoc, not declarations, so
// without these every call into it would be `any`. Checked against @11ty/eleventy 3.1.
declare module "@11ty/eleventy" {
  export interface EleventyDirectories {
    input: string;
    output: string;
  }

  export interface EleventyEventArguments {
    directories: EleventyDirectories;
    runMode: "build" | "watch" | "serve";
    outputMode: string;
    incremental: boolean;
  }

  export interface UserConfig {
    addPlugin<Options>(plugin: (config: UserConfig, options: Options) => unknown, options?: Options): void;
    addGlobalData(name: string, data: unknown): void;
    addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
    addExtension(extension: string | string[], options: Record<string, unknown>): void;
    addPassthroughCopy(paths: string | Record<string, string>, options?: Record<string, unknown>): void;
    addWatchTarget(path: string, options?: { resetConfig?: boolean }): void;
    addTransform(
      name: string,
      transform: (this: { page: { outputPath: string | false; url: string } }, content: string) => unknown,
    ): void;
    /** A filter added by Eleventy or a plugin, by name. */
    getFilter(name: string): ((...args: never[]) => unknown) | undefined;
    setTemplateFormats(formats: string[] | string): void;
    addTemplateFormats(formats: string[] | string): void;
    setLibrary(name: string, library: unknown): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setServerOptions(options: Record<string, unknown>): void;
    setChokidarConfig(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    on(event: string, callback: (argument: EleventyEventArguments) => unknown): void;
    pathPrefix: string;
    directories: EleventyDirectories;
  }

  export interface EleventyOptions {
    configPath?: string;
    config?: (config: UserConfig) => unknown;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to [passthrough copies, written pages, with the content each was written with]. */
    write(): Promise<[unknown[], Array<{ url: string; outputPath: string; content: string | Buffer }>]>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
    logger: unknown;
    init(): Promise<void>;
    /** Builds, then watches; resolves (once watching) to the function that runs a rebuild for a changed file. */
    watch(): Promise<(path: string) => Promise<void>>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    /** chokidar's watcher, once `watch()` has resolved. */
    watcher?: { on(event: "add" | "change" | "unlink", callback: (path: string) => void): void };
    /** Eleventy's wrapper around its dev server; `server` exists once `serve()` was called. */
    eleventyServe: { server: unknown };
  }

  /** Adds the path prefix to every URL of the HTML output, and the `transformWithHtmlBase` filter. */
  export const HtmlBasePlugin: (config: UserConfig, options?: Record<string, unknown>) => void;
}
