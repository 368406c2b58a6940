// A post's table of contents (`toc: true`, or a long post under the `tableOfContents` setting): its level 2 and 3 headings, linked to their anchors.
import type { Heading } from "../../src/posts/outline.ts";

interface Entry {
  heading: Heading;
  children: Heading[];
}

/** Each level 3 heading goes under the level 2 heading before it (or at the top, if none came before). */
function nest(headings: readonly Heading[]): Entry[] {
  const entries: Entry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.level > 2 && parent !== undefined && parent.heading.level === 2) parent.children.push(heading);
    else entries.push({ heading, children: [] });
  }
  return entries;
}

export function TableOfContents({ headings, title }: { headings: readonly Heading[]; title: string }) {
  if (headings.length === 0) return null;
  return (
    <nav class="toc" aria-labelledby="toc-title" data-pagefind-ignore="">
      <h2 class="toc__title" id="toc-title">
        {title}
      </h2>
      <ol>
        {nest(headings).map(({ heading, children }) => (
          <li>
            <a href={`#${heading.id}`}>{heading.text}</a>
            {children.length > 0 && (
              <ol>
                {children.map((child) => (
                  <li>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
