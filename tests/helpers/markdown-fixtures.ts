// Reads markdown-it's fixture format: a title, then `.`-separated Markdown input and expected HTML, one case per block.
import { readFileSync } from "node:fs";

export interface MarkdownFixture {
  readonly title: string;
  readonly markdown: string;
  /** 1-based line of the title in the file, for a failing case's message. */
  readonly line: number;
  readonly html: string;
}

/** Every case of a fixture file, in order. */
export function readMarkdownFixtures(file: string): MarkdownFixture[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const fixtures: MarkdownFixture[] = [];
  let index = 0;
  const section = () => {
    const start = index;
    while (index < lines.length && lines[index] !== ".") index += 1;
    const text = lines.slice(start, index).join("\n");
    index += 1; // the "." line
    return text === "" ? "" : `${text}\n`;
  };
  while (index < lines.length) {
    if (lines[index]!.trim() === "") {
      index += 1;
      continue;
    }
    const line = index + 1;
    const title = lines[index]!;
    index += 2; // the title and its "." line
    const markdown = section();
    const html = section();
    fixtures.push({ title, markdown, line, html });
  }
  return fixtures;
}
