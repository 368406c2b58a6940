// Lint rules: typescript-eslint's strict set, plus the house rule that raw HTML enters only through <Raw>.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "_site/",
      "_site.*/",
      ".cache/",
      "tests/.output/",
      "test-results/",
      "bench/.work/",
      "bench/gen-corpus.mjs",
      "bench/sites/eleventy/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" },
    },
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Raw HTML enters a page only through <Raw> (layouts/components/raw.tsx).",
        },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // The few scripts the built site sends to browsers (site.js on every page, the search page's).
    files: ["assets/js/**/*.js"],
    languageOptions: {
      globals: {
        document: "readonly",
        window: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
        PagefindUI: "readonly",
        navigator: "readonly",
        localStorage: "readonly",
        setTimeout: "readonly",
        IntersectionObserver: "readonly",
      },
    },
  },
  {
    files: ["layouts/components/raw.tsx"],
    rules: { "no-restricted-syntax": "off" },
  },
);
