// An author's avatar, name, bio and site, at the top of the author's page.
import type { Author } from "../../src/taxonomy/authors.ts";

export function AuthorCard({ author, avatar }: { author: Author; avatar: string | undefined }) {
  return (
    <div class="author-card">
      {avatar !== undefined && <img class="author-card__avatar" src={avatar} alt="" width={96} height={96} />}
      <div class="author-card__text">
        <h1 class="list-title">Posts by {author.name}</h1>
        {author.bio !== undefined && <p class="author-card__bio">{author.bio}</p>}
        {author.url !== undefined && (
          <p class="author-card__url">
            <a href={author.url} rel="me">
              {author.url}
            </a>
          </p>
        )}
      </div>
    </div>
  );
}
