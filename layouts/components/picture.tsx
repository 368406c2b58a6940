// A resized image as <picture>: the elements `pictureMarkup` describes, the same the Markdown renderer writes.
import { pictureMarkup, type Picture as PictureData, type PictureAttributes } from "../../src/images/picture.ts";

export function Picture({ picture, ...attributes }: { picture: PictureData } & PictureAttributes) {
  const markup = pictureMarkup(picture, attributes);
  return (
    <picture {...markup.picture}>
      {markup.sources.map((source) => (
        <source {...source} />
      ))}
      <img {...markup.img} />
    </picture>
  );
}
