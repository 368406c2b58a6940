// What a page tells machines about itself: canonical URL, feeds, social cards (Open Graph, Twitter), JSON-LD.
import type { HeadMetaView } from "../../src/views/head-meta-view.ts";
import { JsonLd } from "./raw.tsx";

/** Everything here is a prop or text, so Preact escapes every value; only the JSON-LD goes through Raw's JsonLd. */
export function HeadMeta({ meta }: { meta: HeadMetaView }) {
  const { url, imageUrl, article } = meta;
  return (
    <>
      {url === undefined ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={url} />}
      {meta.feeds.map((feed) => (
        <link rel="alternate" type={feed.type} title={feed.title} href={feed.url} />
      ))}
      <meta property="og:site_name" content={meta.siteTitle} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:title" content={meta.title} />
      {meta.description !== "" && <meta property="og:description" content={meta.description} />}
      {url !== undefined && <meta property="og:url" content={url} />}
      {imageUrl !== undefined && <meta property="og:image" content={imageUrl} />}
      {article !== undefined && (
        <>
          <meta property="article:published_time" content={article.published} />
          {article.modified !== undefined && <meta property="article:modified_time" content={article.modified} />}
          {article.sections.map((name) => (
            <meta property="article:section" content={name} />
          ))}
          {article.tags.map((name) => (
            <meta property="article:tag" content={name} />
          ))}
        </>
      )}
      <meta name="twitter:card" content={imageUrl === undefined ? "summary" : "summary_large_image"} />
      <meta name="twitter:title" content={meta.title} />
      {meta.description !== "" && <meta name="twitter:description" content={meta.description} />}
      {imageUrl !== undefined && <meta name="twitter:image" content={imageUrl} />}
      {meta.jsonLd !== undefined && <JsonLd data={meta.jsonLd} />}
    </>
  );
}
