// A deterministic corpus of posts shaped like the seed post, for timing builds at any size.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface CorpusOptions {
  /** Number of posts. */
  posts: number;
  /** Size of the tag pool: 60 for an ordinary blog, 3,000 for the "thousands of tags" variant. */
  tags: number;
  /** Same seed, same files, byte for byte. */
  seed?: number;
}

export interface CorpusSummary {
  posts: number;
  /** Distinct categories and tags actually used. */
  categories: number;
  tags: number;
  bytes: number;
}

/** Small, fast, seedable PRNG (Tommy Ettinger's mulberry32): Math.random cannot be seeded. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** About twelve categories, two of them with non-ASCII names, as a Mediumish blog has. */
export const CATEGORIES = [
  "Business",
  "Technology",
  "Science",
  "Économie",
  "Politics",
  "Culture",
  "한국",
  "Health",
  "Travel",
  "Software",
  "Design",
  "Opinion",
] as const;

const TAG_HEADS = [
  "AI",
  "chips",
  "semiconductors",
  "C++",
  "C#",
  "R&D",
  "한국",
  "日本",
  "中国",
  "Économie",
  "München",
  "São Paulo",
  "Zürich",
  "Ελλάδα",
  "Москва",
  "cloud",
  "startups",
  "open source",
  "TypeScript",
  "Elixir",
  "climate",
  "energy",
  "markets",
  "policy",
  "robotics",
  "memory",
  "GPUs",
  "data",
  "privacy",
  "security",
];

const TAG_WORDS = [
  "supply",
  "chain",
  "trade",
  "export",
  "valuation",
  "summit",
  "factory",
  "twin",
  "infrastructure",
  "sovereign",
  "bandwidth",
  "hub",
  "deal",
  "report",
  "growth",
  "café",
  "naïve",
  "smørrebrød",
  "서울",
  "반도체",
  "東京",
  "北京",
  "straße",
  "crème",
];

/**
 * The tag pool: common names first (the head of the long tail), then two-word names made from a
 * fixed vocabulary with a number, so any pool size has distinct names, some of them non-ASCII.
 */
export function tagPool(size: number): string[] {
  const names = TAG_HEADS.slice(0, size);
  for (let index = 0; names.length < size; index += 1) {
    const first = TAG_WORDS[index % TAG_WORDS.length]!;
    const second = TAG_HEADS[Math.floor(index / TAG_WORDS.length) % TAG_HEADS.length]!;
    names.push(`${second} ${first} ${index}`);
  }
  return names;
}

/** Zipf-like draw (weight 1/rank): a few tags on many posts, most tags on a few. */
function zipf(random: Random, size: number): number {
  // Inverse of the continuous approximation of the harmonic CDF: rank ≈ size^u.
  return Math.min(size - 1, Math.floor(Math.pow(size + 1, random())) - 1);
}

const WORDS =
  "chip giant supply advanced artificial intelligence government factories semiconductors robots autonomous vehicles export intelligence value deals week company trade relations signs thaw summit sidelines cooperation digital twins partnerships infrastructure products services revenue share business access friction market sales policies leaders talks state memory bandwidth manufacturers demos robotics analysts investors quarter growth forecast capacity demand data centre power cooling network software platform developers customers".split(
    " ",
  );
const NAMES = ["Nvidia", "Samsung", "Hyundai", "LG", "Seoul", "Washington", "Beijing", "Gyeongju", "Apec", "Huang"];

function sentence(random: Random): string {
  const length = 8 + Math.floor(random() * 18);
  const words: string[] = [];
  for (let index = 0; index < length; index += 1) {
    const roll = random();
    if (roll < 0.08) words.push(pick(random, NAMES));
    else if (roll < 0.1) words.push(`**${pick(random, WORDS)}**`);
    else if (roll < 0.11) words.push(`[${pick(random, WORDS)}](https://example.org/${pick(random, WORDS)})`);
    else if (roll < 0.12) words.push(`$${Math.floor(random() * 900) + 100}bn`);
    else words.push(pick(random, WORDS));
  }
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}${random() < 0.1 ? `, "${pick(random, WORDS)} ${pick(random, WORDS)}," Huang said` : ""}.`;
}

function paragraph(random: Random): string {
  const sentences = 1 + Math.floor(random() * 3);
  return Array.from({ length: sentences }, () => sentence(random)).join(" ");
}

/** About 5 KB of Markdown: paragraphs of news prose like the seed post, now and then a heading, list or quote. */
function body(random: Random): string {
  const blocks: string[] = [];
  let size = 0;
  const target = 4600 + Math.floor(random() * 800);
  while (size < target) {
    const roll = random();
    let block: string;
    if (blocks.length > 2 && roll < 0.05)
      block = `## ${sentence(random)
        .slice(0, 40)
        .replace(/[.,*[\]]/g, "")}`;
    else if (roll < 0.09) block = Array.from({ length: 3 }, () => `- ${sentence(random)}`).join("\n");
    else if (roll < 0.12) block = `> ${sentence(random)}`;
    else block = paragraph(random);
    blocks.push(block);
    size += block.length + 2;
  }
  return `${blocks.join("\n\n")}\n`;
}

const yamlString = (value: string) => JSON.stringify(value);

const pad = (value: number) => String(value).padStart(2, "0");

/** Dates over five years, 2021–2025, at any time of day (UTC; the files say so with no offset). */
function postDate(random: Random): { day: string; time: string } {
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const date = new Date(start + Math.floor(random() * span));
  return {
    day: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`,
  };
}

/** Number of tags on a post: 0–4, two on average. */
const TAG_COUNTS = [0, 1, 1, 2, 2, 2, 3, 3, 4, 4];

/**
 * The corpus as file names and texts. Each post has 1–2 categories and 0–4 tags; until every tag of
 * the pool has been used, a post's first tag is the next unused one, so the 3,000-tag variant really
 * has 3,000 distinct tags once there are enough posts.
 */
export function generateCorpus(options: CorpusOptions): { files: Array<[string, string]>; summary: CorpusSummary } {
  const random = mulberry32(options.seed ?? 20251031);
  const pool = tagPool(options.tags);
  const usedCategories = new Set<string>();
  const usedTags = new Set<string>();
  let nextUnused = 0;
  let bytes = 0;
  const files: Array<[string, string]> = [];
  for (let index = 0; index < options.posts; index += 1) {
    const { day, time } = postDate(random);
    const categories = [pick(random, CATEGORIES)];
    if (random() < 0.35) {
      const second = pick(random, CATEGORIES);
      if (second !== categories[0]) categories.push(second);
    }
    const tags: string[] = [];
    const count = pick(random, TAG_COUNTS);
    for (let slot = 0; slot < count; slot += 1) {
      const name = slot === 0 && nextUnused < pool.length ? pool[nextUnused++]! : pool[zipf(random, pool.length)]!;
      if (!tags.includes(name)) tags.push(name);
    }
    categories.forEach((name) => usedCategories.add(name));
    tags.forEach((name) => usedTags.add(name));
    const title = `${sentence(random)
      .replace(/[*[\]().]/g, "")
      .slice(0, 70)} ${index + 1}`;
    const slugWords = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const fileName = `${day}-${[...slugWords.slice(0, 6), String(index + 1)].join("-")}.md`;
    const frontMatter = [
      "---",
      "layout: post",
      `title: ${yamlString(title)}`,
      `date: ${day}T${time}`,
      `author: ${yamlString(pick(random, ["badely", "mkim", "jdoe"]))}`,
      `categories: [${categories.map(yamlString).join(", ")}]`,
      `tags: [${tags.map(yamlString).join(", ")}]`,
      // Half the posts have an excerpt in front matter, as the seed post does; the others get one from the body.
      ...(random() < 0.5 ? [`excerpt: ${yamlString(sentence(random).replace(/[*[\]]/g, ""))}`] : []),
      // A featured image on a third of the posts, as Mediumish posts have; the one image the project
      // ships, so its resized copies are made once and every build after that finds them cached.
      ...(random() < 1 / 3 ? ["image: assets/images/seoul-skyline.png"] : []),
      "---",
      "",
      "",
    ].join("\n");
    const text = `${frontMatter}${body(random)}`;
    bytes += Buffer.byteLength(text);
    files.push([fileName, text]);
  }
  return { files, summary: { posts: options.posts, categories: usedCategories.size, tags: usedTags.size, bytes } };
}

/** Writes the corpus into `dir/posts/`, emptied first. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<CorpusSummary> {
  const { files, summary } = generateCorpus(options);
  const postsDir = path.join(dir, "posts");
  await rm(postsDir, { recursive: true, force: true });
  await mkdir(postsDir, { recursive: true });
  // Written in batches: thousands of files at once would hit the open-file limit.
  for (let start = 0; start < files.length; start += 256) {
    await Promise.all(
      files.slice(start, start + 256).map(([file, text]) => writeFile(path.join(postsDir, file), text)),
    );
  }
  return summary;
}
