// An author's page: who they are, then their posts, paginated.
import type { AuthorPageView } from "../src/views/author-page-view.ts";
import { Base } from "./base.tsx";
import { AuthorBox } from "./components/author-box.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";

export function AuthorPage({ view }: { view: AuthorPageView }) {
  const { chrome, header } = view;
  const { t, language } = chrome;
  return (
    <Base chrome={chrome}>
      <ListHeader kind={header.kind} title={header.title} count={header.count} trail={header.trail} t={t}>
        <AuthorBox author={view.author} t={t} headingLevel={0} />
      </ListHeader>
      <PostList posts={view.posts} t={t} language={language} empty={t("noPosts")} />
      <Pager page={view.pager} t={t} />
    </Base>
  );
}
