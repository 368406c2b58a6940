// What each Jekyll plugin a site names did, and what does it here: the summary lists the ones that need a person.

export interface PluginVerdict {
  readonly name: string;
  /** Whether this project does the plugin's work without anything more from the author. */
  readonly covered: boolean;
  /** What replaces it here, or what to do. */
  readonly note: string;
}

/** The plugins popular blogs and themes name. One line each; a plugin not listed needs a person. */
const PLUGINS: Readonly<Record<string, { covered: boolean; note: string }>> = {
  "jekyll-feed": { covered: true, note: "built in: /feed.xml (Atom) and /feed.json" },
  "jekyll-sitemap": { covered: true, note: "built in: /sitemap.xml and /robots.txt" },
  "jekyll-seo-tag": {
    covered: true,
    note: "built in: canonical link, meta description, Open Graph, Twitter card and JSON-LD on every page",
  },
  "jekyll-paginate": { covered: true, note: "built in: postsPerPage (from paginate), pages at /page/2/…" },
  "jekyll-paginate-v2": {
    covered: false,
    note: "its pagination: settings are not read; postsPerPage paginates the home page at /page/2/…, and category and tag pages the same way. Check that its page URLs matched those",
  },
  "jekyll-archives": { covered: true, note: "built in: category and tag pages at categoryPermalink and tagPermalink" },
  "jekyll-redirect-from": { covered: true, note: "built in: redirect_from and redirect_to in front matter" },
  "jekyll-last-modified-at": { covered: true, note: "built in: last_modified_at in front matter" },
  "jekyll-include-cache": { covered: false, note: "this site has no includes; see the {% include %} lines listed" },
  "jekyll-gist": { covered: false, note: "{% gist %} tags are not evaluated: replace each with a link to the gist" },
  jemoji: {
    covered: false,
    note: "emoji shortcodes such as :smile: are shown as written: replace them with the emoji",
  },
  "jekyll-mentions": { covered: false, note: "@mentions are not linked: write the links" },
  "jekyll-github-metadata": { covered: false, note: "site.github values are not available: write the values" },
  "jekyll-relative-links": {
    covered: false,
    note: "links to .md files are not rewritten: link to the post's URL (npm run check lists broken links)",
  },
  "jekyll-titles-from-headings": { covered: false, note: "give each post a title in its front matter" },
  "jekyll-toc": { covered: false, note: "{:toc} makes a table of contents where a post writes it" },
  "jekyll-katex": { covered: true, note: "built in: $$…$$ math is rendered with KaTeX" },
  "jekyll-spaceship": { covered: false, note: "its tables, math and diagrams extensions are not read" },
  "jekyll-scholar": { covered: false, note: "{% cite %} and {% bibliography %} are not evaluated" },
  "jekyll-compose": { covered: true, note: "npm run new writes a new post" },
  "jekyll-default-layout": { covered: true, note: "posts render with the post layout by default" },
  "jekyll-optional-front-matter": { covered: false, note: "posts without front matter are not read: add a --- block" },
  "jekyll-remote-theme": { covered: false, note: "themes are not used here: this site has its own layouts" },
  "jekyll-theme-chirpy": { covered: false, note: "themes are not used here: this site has its own layouts" },
  "jekyll-assets": { covered: false, note: "{% asset %} tags are not evaluated: link to the files under /assets/" },
  "jekyll-livereload": { covered: true, note: "npm start reloads the browser on every change" },
  "jekyll-admin": { covered: false, note: "there is no admin interface: posts are files in posts/" },
  "jekyll-watch": { covered: true, note: "npm start rebuilds on every change" },
};

/** Each named plugin, covered or not, in the order the config names them. */
export function pluginVerdicts(names: readonly string[]): PluginVerdict[] {
  return names.map((name) => {
    const known = PLUGINS[name];
    if (known) return { name, ...known };
    return { name, covered: false, note: "not known here: check what it did on the old site" };
  });
}
