// Lint rules: typescript-eslint's strict set, its two promise rules (type-aware), plus the house rule that raw HTML enters only through <Raw>.
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
    // Type-aware rules, on the TypeScript the compiler checks (tsconfig.json): a promise nobody awaits
    // loses its error (a build that reports success after a failed write), and one passed where a
    // callback's result is ignored (an event handler) runs unchecked. Fire-and-forget is written `void`,
    // with a comment saying why.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          // node:test's describe() and it() return promises the runner itself awaits.
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["describe", "it", "test", "suite", "before", "after"] },
          ],
        },
      ],
      "@typescript-eslint/no-misused-promises": "error",
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
        fetch: "readonly",
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
