// Which URL a page shows for a file it names (a featured image, the favicon, an avatar): only files that exist.
import type { ImageSet } from "../images/image-set.ts";
import type { Post } from "../posts/post.ts";
import { locateSiteFile, publishedFileUrl } from "../site-files.ts";
import type { SiteSettings } from "../site.ts";
import type { Author } from "../taxonomy/authors.ts";

export class FileUrls {
  /** The site's default social image as a site URL (`/assets/…`) or a remote URL. */
  private readonly defaultSocialImage: string | undefined;

  constructor(
    private readonly site: SiteSettings,
    private readonly root: string,
    private readonly images: ImageSet,
  ) {
    this.defaultSocialImage = publishedFileUrl(site.socialImage, site, root);
  }

  /** The featured image's URL as written (`/assets/…` or remote), only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    if (post.image === undefined) return undefined;
    const { src } = post.image;
    const found = this.images.lookup(src);
    if (found.kind === "missing") return undefined;
    const location = locateSiteFile(src, {
      root: "",
      assetsDir: this.site.assetsDir,
      staticDirs: this.site.staticDirs,
    });
    return location.kind === "local" ? location.sitePath : src;
  }

  /** The image for a page's social card: the post's featured image, else the site's default, else none. */
  socialImage(post?: Post): string | undefined {
    return (post && this.featuredImage(post)) ?? this.defaultSocialImage;
  }

  /** A file the settings name (the favicon, the logo) as a site URL, only when it is remote or its file exists. */
  siteFile(reference: string | undefined): string | undefined {
    return this.published(reference);
  }

  /** The author's avatar URL, only when it is remote or its file exists. */
  avatar(author: Author): string | undefined {
    return this.published(author.avatar);
  }

  /**
   * Each reference looked up once per build: every page's header and footer name the same few files, and
   * finding whether one exists follows its links (realpath), which took a fifth of a watch-mode rebuild at
   * 4,000 posts when every page asked again.
   */
  private readonly found = new Map<string, string | undefined>();

  private published(reference: string | undefined): string | undefined {
    if (reference === undefined) return undefined;
    if (!this.found.has(reference)) this.found.set(reference, publishedFileUrl(reference, this.site, this.root));
    return this.found.get(reference);
  }
}
