// What an interface string is: every word the layouts show that is not the author's, named once, with its placeholders.

/** A message whose wording depends on a number: one form per plural category of the language (`other` always). */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A message is text with `{placeholders}`, or plural forms of it. */
export type Message = string | PluralMessage;

/**
 * Every interface string, by key. A language file must give each one (the compiler checks), and the
 * `strings` setting may override any of them. `{name}`-style placeholders are filled by the layouts.
 */
export interface Catalogue {
  skipToContent: string;
  /** The phone menu's button. */
  menu: string;
  /** aria-label of the header's navigation. */
  sectionsLabel: string;
  /** aria-label of the footer's navigation. */
  browseLabel: string;
  home: string;
  categories: string;
  tags: string;
  archives: string;
  search: string;
  /** The search box's accessible name. */
  searchLabel: string;
  searchPlaceholder: string;
  /** {site} */
  searchDescription: string;
  searchWithoutScript: string;
  /** The colour theme toggle's name, and its three states. */
  themeLabel: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  /** {count}: minutes. */
  readingTime: Message;
  /** Before a search result's date. */
  published: string;
  updated: string;
  /** Screen-reader labels before a post's categories and tags. */
  categoriesLabel: string;
  tagsLabel: string;
  featured: string;
  draft: string;
  scheduled: string;
  /** {count} */
  aboutAuthors: Message;
  authorWebsite: string;
  /** {name} */
  authorPosts: string;
  share: string;
  /** {network} */
  shareOn: string;
  shareByEmail: string;
  copyLink: string;
  linkCopied: string;
  shareNative: string;
  subscribe: string;
  subscribeText: string;
  atomFeed: string;
  jsonFeed: string;
  newsletter: string;
  contents: string;
  copyCode: string;
  codeCopied: string;
  olderPost: string;
  newerPost: string;
  olderNewerLabel: string;
  relatedPosts: string;
  comments: string;
  /** {provider} */
  showComments: string;
  /** {provider} */
  commentsNotice: string;
  replyByEmail: string;
  breadcrumbsLabel: string;
  category: string;
  tag: string;
  author: string;
  archive: string;
  /** {name} */
  postsInCategory: string;
  /** {name} */
  postsTagged: string;
  /** {name} */
  postsBy: string;
  /** {period} */
  postsFrom: string;
  /** {count} */
  postCount: Message;
  /** {count} */
  termCount: Message;
  /** {count} */
  categoryCount: Message;
  /** {count} */
  tagCount: Message;
  /** {name}: a list's own feed. */
  listFeed: string;
  /** {number} */
  pageNumber: string;
  /** {number} {total} */
  pageOf: string;
  pagesLabel: string;
  newerPosts: string;
  olderPosts: string;
  noPosts: string;
  noneYet: string;
  latestPosts: string;
  /** {site} */
  archivesDescription: string;
  /** {site} */
  categoriesDescription: string;
  /** {site} */
  tagsDescription: string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundHelp: string;
  redirecting: string;
  redirectLink: string;
}

export type StringKey = keyof Catalogue;

/** A language's file: every key given, in the language's words. */
export type LanguageStrings = { readonly [K in StringKey]: Catalogue[K] };
