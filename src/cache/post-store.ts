// Posts a previous build read, kept in the build cache (.cache/build/posts.json) by their file's bytes, so a
// warm build does not split, parse, validate and date every unchanged post again (most of what it cost).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import type { Post } from "../posts/post.ts";
import type { BodyImage, BodyImagesMemo } from "../images/process-images.ts";
import type { BodyProblem } from "../markdown/problems.ts";
import type { BodyProblemsMemo } from "../posts/body-errors.ts";
import type { ParsedPosts } from "../posts/load-posts.ts";
import { writeJsonAtomically } from "./cache-files.ts";

/** What the file holds: the posts, valid under one version of the code and the settings posts are read with. */
interface StoredFile {
  model: string;
  posts: Record<string, StoredPost>;
}

interface StoredPost {
  /** The hash of the file's text. */
  text: string;
  /**
   * The post, encoded (see `encode`), as JSON text: a build holds one short string per post it did not read,
   * not a second tree of objects beside the posts (at 4,000 posts that tree raised the peak by about 20 MB).
   * Its body is the file's last `bodyLength` characters unless the encoded post holds it.
   */
  post: string;
  bodyLength?: number;
  /** The images its body names, once a build has looked (see process-images.ts). */
  images?: readonly BodyImage[];
  /** What a build found wrong in its body's addresses, once one has looked (see body-errors.ts). */
  problems?: readonly BodyProblem[];
  /** The hash of its data except the body, once a build has made it (the build cache's `postFingerprint`). */
  fingerprint?: string;
}

/** Tags of values JSON has no form for. Keys beginning with NUL cannot come from front matter (a NUL is refused). */
const DATE_TIME = "\0DateTime";
const MAP = "\0Map";
const DATE = "\0Date";
const UNDEFINED = "\0undefined";
/** A post holding more values than this (YAML aliases can make a small file huge) is not kept: read each time. */
const VALUE_LIMIT = 10_000;

/** Thrown inside `encode` for a value it cannot give back exactly: the post is then read every build. */
class NotStorable extends Error {}

/**
 * One build's use of the stored posts: `get` gives back what the same text gave last time (a fresh copy, equal
 * field for field, key order included), `set` keeps what a text gave, and `save` writes the posts of this build
 * only (a deleted post's entry goes with it).
 */
export class PostStore implements ParsedPosts {
  private known: Record<string, StoredPost> | undefined;
  /** This build's entries, to be written for the next one. */
  private readonly kept = new Map<string, StoredPost>();
  /** The post each kept entry stands for in this build. */
  private readonly given = new Map<string, Post>();

  /** `model`: the hash of everything a post's reading depends on besides its file (the code, the settings). */
  constructor(
    private readonly file: string,
    private readonly model: () => string,
  ) {}

  get(source: string, text: string): Post | undefined {
    const stored = this.read()[source];
    if (stored === undefined || stored.text !== hashText(text)) return undefined;
    let post: Post;
    try {
      post = decode(JSON.parse(stored.post)) as Post;
    } catch {
      return undefined;
    }
    // Put back in place of the empty body the post was stored with, so its keys keep their order.
    if (stored.bodyLength !== undefined) (post as { body: string }).body = text.slice(text.length - stored.bodyLength);
    this.kept.set(source, stored);
    this.given.set(source, post);
    return post;
  }

  set(source: string, text: string, post: Post): void {
    let encoded: unknown;
    const storesBody = !text.endsWith(post.body);
    try {
      encoded = encode(storesBody ? post : { ...post, body: "" });
    } catch (error) {
      if (error instanceof NotStorable) return;
      throw error;
    }
    this.kept.set(source, {
      text: hashText(text),
      post: JSON.stringify(encoded),
      ...(storesBody ? {} : { bodyLength: post.body.length }),
    });
    this.given.set(source, post);
  }

  /**
   * The images named in the bodies of this build's posts, kept with them: finding them parses each body that
   * has one, which a warm build would otherwise do for every unchanged post.
   */
  readonly bodyImages: BodyImagesMemo = this.memo("images");

  /**
   * What is wrong with the addresses in the bodies of this build's posts (nearly always nothing), kept with them:
   * finding out parses each body.
   */
  readonly bodyProblems: BodyProblemsMemo = this.memo("problems");

  /**
   * The hash of a post's data except its body, kept with it: walking every post's data for it took a warm build of
   * 4,000 posts about 0.35 s.
   */
  readonly fingerprints = this.memo("fingerprint");

  /**
   * What a build found out about a post, kept in its entry under `field` for the next build. Only for a post this
   * store gave or kept in this build (the same text), so never for a file changed since.
   */
  private memo<Field extends "images" | "problems" | "fingerprint">(field: Field) {
    return {
      get: (post: Post): StoredPost[Field] => this.entryOf(post)?.[field],
      set: (post: Post, value: NonNullable<StoredPost[Field]>): void => {
        const entry = this.entryOf(post);
        if (entry) entry[field] = value;
      },
    };
  }

  /** This build's entry for `post`, when it is the very post this store gave or kept (so its file is unchanged). */
  private entryOf(post: Post): StoredPost | undefined {
    return this.given.get(post.source) === post ? this.kept.get(post.source) : undefined;
  }

  /** Writes this build's posts for the next build (beside, then renamed into place). */
  save(): void {
    const sources = [...this.kept.keys()].sort();
    writeJsonAtomically(
      this.file,
      { model: this.model() } satisfies Omit<StoredFile, "posts">,
      "posts" satisfies keyof StoredFile,
      sources.map((source) => [source, this.kept.get(source)!] as const),
    );
  }

  private read(): Record<string, StoredPost> {
    if (this.known) return this.known;
    try {
      const stored = JSON.parse(readFileSync(this.file, "utf8")) as StoredFile;
      this.known = stored.model === this.model() ? stored.posts : {};
    } catch {
      // None yet, or unreadable: every post is read from its file, as without this.
      this.known = {};
    }
    return this.known;
  }
}

function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/**
 * A post as JSON, refusing anything JSON would not give back exactly: only plain objects, arrays, strings,
 * finite numbers, booleans and null, plus luxon DateTimes, Maps, Dates and undefined under tags.
 */
function encode(value: unknown): unknown {
  let left = VALUE_LIMIT;
  const walk = (value: unknown, depth: number): unknown => {
    if ((left -= 1) < 0 || depth > 50) throw new NotStorable();
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        if (!Number.isFinite(value) || Object.is(value, -0)) throw new NotStorable();
        return value;
      case "undefined":
        return { [UNDEFINED]: 1 };
      case "object":
        break;
      default:
        throw new NotStorable();
    }
    if (value === null) return null;
    if (value instanceof DateTime) {
      const encoded = { [DATE_TIME]: [value.toMillis(), value.zoneName] };
      // Given back only if it is the same DateTime: instant, zone and locale (DateTime.equals compares them).
      if (!value.equals(decode(encoded) as DateTime)) throw new NotStorable();
      return encoded;
    }
    if (value instanceof Map)
      return { [MAP]: [...value].map(([key, item]) => [walk(key, depth + 1), walk(item, depth + 1)]) };
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw new NotStorable();
      return { [DATE]: value.getTime() };
    }
    if (Array.isArray(value)) {
      if (Object.keys(value).length !== value.length) throw new NotStorable();
      return value.map((item) => walk(item, depth + 1));
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new NotStorable();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key.startsWith("\0") || key === "__proto__") throw new NotStorable();
      out[key] = walk((value as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}

function decode(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decode);
  const object = value as Record<string, unknown>;
  if (DATE_TIME in object) {
    const [millis, zone] = object[DATE_TIME] as [number, string];
    return DateTime.fromMillis(millis, { zone });
  }
  if (MAP in object)
    return new Map((object[MAP] as [unknown, unknown][]).map(([key, item]) => [decode(key), decode(item)]));
  if (DATE in object) return new Date(object[DATE] as number);
  if (UNDEFINED in object) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) out[key] = decode(object[key]);
  return out;
}
