// The badge that marks a post readers cannot see yet: only previews (`npm start`) ever show one.
import type { PostStatus } from "../../src/blog.ts";

const LABELS: Record<PostStatus, string> = { draft: "draft", scheduled: "scheduled" };

export function PostStatusBadge({ status }: { status: PostStatus | undefined }) {
  if (status === undefined) return null;
  return <span class={`post-status post-status--${status}`}>{LABELS[status]}</span>;
}
