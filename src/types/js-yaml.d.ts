// js-yaml 4 exports its built-in types (`types.merge`…) at runtime; @types/js-yaml 4.0.9 does not declare them.
import "js-yaml";

declare module "js-yaml" {
  export const types: { readonly merge: Type };
}
