// What a page tells machines about itself: canonical URL, feeds, social cards (Open Graph, Twitter), JSON-LD.
import type { Blog } from "../../src/blog.ts";
import { formatRfc3339 } from "../../src/dates.ts";
import { feedTitle } from "../../src/pages/feed-pages.ts";
import type { Route } from "../../src/pages/route.ts";
import { absoluteUrl, feedUrl, homeUrl, jsonFeedUrl } from "../../src/pages/urls.ts";
import type { Post } from "../../src/posts/post.ts";
import type { Author } from "../../src/taxonomy/authors.ts";
import { JsonLd } from "./raw.tsx";

export interface HeadMetaProps {
  blog: Blog;
  route: Route;
  /** The page's own title (without the site's); the site's title on the home page. */
  title?: string;
  /** Plain text, already chosen by the layout: the post's excerpt, or the page's summary. */
  description: string;
}

/** Everything here is a prop or text, so Preact escapes every value; only the JSON-LD goes through Raw's JsonLd. */
export function HeadMeta({ blog, route, title, description }: HeadMetaProps) {
  const { site } = blog;
  const post = route.kind === "post" ? route.post : undefined;
  const term = route.kind === "list" ? route.term : undefined;
  const image = blog.files.socialImage(post);
  const imageUrl = image === undefined ? undefined : absoluteUrl(site, image);
  // The 404 page is served at every missing URL, so it has no address of its own and must not be indexed.
  const url = route.kind === "not-found" ? undefined : absoluteUrl(site, route.url);
  return (
    <>
      {url === undefined ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={url} />}
      <link rel="alternate" type="application/atom+xml" title={feedTitle(site)} href={feedUrl()} />
      {route.url === homeUrl() && (
        <link rel="alternate" type="application/feed+json" title={feedTitle(site)} href={jsonFeedUrl()} />
      )}
      {term !== undefined && (
        <link rel="alternate" type="application/atom+xml" title={feedTitle(site, term)} href={feedUrl(term, site)} />
      )}
      <meta property="og:site_name" content={site.title} />
      <meta property="og:type" content={post ? "article" : "website"} />
      <meta property="og:title" content={title ?? site.title} />
      {description !== "" && <meta property="og:description" content={description} />}
      {url !== undefined && <meta property="og:url" content={url} />}
      {imageUrl !== undefined && <meta property="og:image" content={imageUrl} />}
      {post && <ArticleMeta blog={blog} post={post} />}
      <meta name="twitter:card" content={imageUrl === undefined ? "summary" : "summary_large_image"} />
      <meta name="twitter:title" content={title ?? site.title} />
      {description !== "" && <meta name="twitter:description" content={description} />}
      {imageUrl !== undefined && <meta name="twitter:image" content={imageUrl} />}
      {post && url !== undefined && <JsonLd data={blogPosting(blog, post, { url, description, image: imageUrl })} />}
    </>
  );
}

function ArticleMeta({ blog, post }: { blog: Blog; post: Post }) {
  return (
    <>
      <meta property="article:published_time" content={formatRfc3339(post.date, blog.site.timeZone)} />
      {post.updated !== undefined && (
        <meta property="article:modified_time" content={formatRfc3339(post.updated, blog.site.timeZone)} />
      )}
      {post.categories.map((name) => (
        <meta property="article:section" content={blog.taxonomy.term("category", name).name} />
      ))}
      {post.tags.map((name) => (
        <meta property="article:tag" content={blog.taxonomy.term("tag", name).name} />
      ))}
    </>
  );
}

/** schema.org's BlogPosting: what search engines read for a post's rich result. */
function blogPosting(blog: Blog, post: Post, page: { url: string; description: string; image?: string }) {
  const { site } = blog;
  const published = formatRfc3339(post.date, site.timeZone);
  const authors = blog.authors.of(post);
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    ...(page.description === "" ? {} : { description: page.description }),
    url: page.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": page.url },
    datePublished: published,
    dateModified: post.updated === undefined ? published : formatRfc3339(post.updated, site.timeZone),
    // One author stays an object, as it always was here; several are a list, as schema.org allows.
    ...(authors.length === 0 ? {} : { author: authors.length === 1 ? person(authors[0]!) : authors.map(person) }),
    publisher: { "@type": "Organization", name: site.title, url: absoluteUrl(site, homeUrl()) },
    ...(page.image === undefined ? {} : { image: page.image }),
    ...(post.categories.length === 0
      ? {}
      : { articleSection: post.categories.map((name) => blog.taxonomy.term("category", name).name) }),
    ...(post.tags.length === 0 ? {} : { keywords: post.tags.map((name) => blog.taxonomy.term("tag", name).name) }),
    inLanguage: site.language,
  };
}

function person(author: Author) {
  return { "@type": "Person", name: author.name };
}
