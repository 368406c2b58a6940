// The HTML document every page shares: head, site header with the categories, main content, footer.
import type { ComponentChildren } from "preact";
import type { Blog } from "../src/blog.ts";
import type { Route } from "../src/pages/route.ts";
import { archiveIndexUrl, homeUrl, searchUrl, termIndexUrl, termUrl } from "../src/pages/urls.ts";
import { HeadMeta } from "./components/head-meta.tsx";
import { SearchBox } from "./components/search-box.tsx";
import { SharedMarkup } from "./components/shared-markup.tsx";

export interface BaseProps {
  blog: Blog;
  /** The page being rendered: its canonical URL, feeds and social card come from it. */
  route: Route;
  /** The page's own title; the site's title is added after it. Omit on the home page. */
  title?: string;
  /** Meta description: one or two sentences of plain text. */
  description: string;
  /** Stylesheets only this page needs (KaTeX's, on a post with math), after the site's own. */
  stylesheets?: readonly string[];
  children: ComponentChildren;
}

export function Base({ blog, route, title, description, stylesheets = [], children }: BaseProps) {
  const { site } = blog;
  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === undefined ? site.title : `${title} · ${site.title}`}</title>
        {description !== "" && <meta name="description" content={description} />}
        {/* Both colour schemes are styled: the browser's own controls and scrollbars follow the reader's. */}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href="/assets/css/site.css" />
        <link rel="stylesheet" href="/assets/css/code.css" />
        {stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <HeadMeta blog={blog} route={route} title={title} description={description} />
      </head>
      <body>
        <a class="skip-link" href="#content">
          Skip to content
        </a>
        {/* The same on every page: rendered once per build. */}
        <SharedMarkup blog={blog} id="site-header" as="header" className="site-header">
          {() => <SiteHeaderContent blog={blog} />}
        </SharedMarkup>
        <main id="content" class="site-main" tabindex={-1}>
          {children}
        </main>
        <SharedMarkup blog={blog} id="site-footer" as="footer" className="site-footer">
          {() => <SiteFooterContent blog={blog} />}
        </SharedMarkup>
      </body>
    </html>
  );
}

function SiteHeaderContent({ blog }: { blog: Blog }) {
  const { site, taxonomy } = blog;
  return (
    <div class="site-header__inner">
      <a class="site-header__title" href={homeUrl()}>
        {site.title}
      </a>
      {site.search && <SearchBox />}
      <nav class="site-header__nav" aria-label="Sections">
        <ul>
          {taxonomy.categories.map((term) => (
            <li>
              <a href={termUrl(term, site)}>{term.name}</a>
            </li>
          ))}
          <li class="site-header__more">
            <a href={archiveIndexUrl()}>Archives</a>
          </li>
          <li>
            <a href={termIndexUrl("tag")}>Tags</a>
          </li>
        </ul>
      </nav>
    </div>
  );
}

function SiteFooterContent({ blog }: { blog: Blog }) {
  const { site } = blog;
  return (
    <div class="site-footer__inner">
      <p>
        {site.title}
        {site.description !== "" && <> — {site.description}</>}
      </p>
      <nav aria-label="Browse">
        <ul>
          <li>
            <a href={archiveIndexUrl()}>Archives</a>
          </li>
          <li>
            <a href={termIndexUrl("category")}>Categories</a>
          </li>
          <li>
            <a href={termIndexUrl("tag")}>Tags</a>
          </li>
          {site.search && (
            <li>
              <a href={searchUrl()}>Search</a>
            </li>
          )}
        </ul>
      </nav>
    </div>
  );
}
