// The one schema for an entry of the authors file, with Mediumish's key names normalised at the door.
import { z } from "zod";
import { isHttpUrl, isSitePathOrHttpUrl } from "../url-schemes.ts";

/** Text that YAML may have read as a number (`name: 2001`). */
const text = z.union([z.string(), z.number()]).transform(String);

/** An avatar is a path under the site (`assets/images/mina.jpg`) or an http(s) URL; never `javascript:`. */
const avatarReference = text.refine(isSitePathOrHttpUrl, {
  message: "must be a path such as assets/images/avatar.jpg or an http(s) URL.",
});

/** A link to the author's own site: http(s) only, so no entry can put a script in an href. */
const webUrl = text.refine(isHttpUrl, {
  message: "must be an http(s) URL, such as https://example.org.",
});

/**
 * One author. Mediumish writes `display_name` (shown), `description` (the bio) and `web` (the link);
 * this site's own names are `name`, `bio` and `url`. Both are read; other keys (`gravatar`, `twitter`…)
 * are allowed and ignored, so a Mediumish `authors:` block can be pasted as it is.
 */
export const authorEntrySchema = z
  .looseObject({
    name: text.optional(),
    display_name: text.optional(),
    bio: text.optional(),
    description: text.optional(),
    avatar: avatarReference.optional(),
    url: webUrl.optional(),
    web: webUrl.optional(),
    email: text.optional(),
  })
  .transform((entry) => ({
    /** Shown on pages; Mediumish's `display_name` wins over `name`, as in its layouts. */
    name: entry.display_name ?? entry.name,
    bio: entry.bio ?? entry.description,
    avatar: entry.avatar,
    url: entry.url ?? entry.web,
    email: entry.email,
  }));

/** An author's data once read: every key optional; the name falls back to the entry's key. */
export type AuthorEntry = z.output<typeof authorEntrySchema>;
