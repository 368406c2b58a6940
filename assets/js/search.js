// Starts Pagefind's search UI on the search page, and runs the query typed in the header's box (?q=…).
// A file, not an inline script, so a strict Content-Security-Policy can allow it.
(function () {
  const script = document.querySelector('script[src$="/pagefind-ui.js"]');
  const element = document.getElementById("search");
  if (!script || !element || typeof PagefindUI !== "function") return;
  // The site may be served from a subfolder: its root is the folder above Pagefind's own.
  const bundle = new URL(".", script.src);
  const query = new URLSearchParams(window.location.search).get("q") ?? "";
  const dateLabel = element.dataset.dateLabel || "published";
  const categoryLabel = element.dataset.categoryLabel || "category";
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: bundle.pathname,
    baseUrl: new URL("..", bundle).pathname,
    showImages: false,
    showSubResults: true,
    autofocus: query === "",
    translations: { placeholder: element.dataset.placeholder || "Search" },
    // Each post gives its date and first category (data-pagefind-meta in the layout); Pagefind shows
    // metadata as "Key: value" tags: here under names in the site's language.
    processResult: function (result) {
      const meta = {};
      if (result.meta.date) meta[dateLabel] = result.meta.date;
      if (result.meta.category) meta[categoryLabel] = result.meta.category;
      Object.keys(result.meta).forEach(function (key) {
        if (key === "title" || key === "image" || key === "image_alt" || key === "url") meta[key] = result.meta[key];
      });
      result.meta = meta;
      return result;
    },
  });
  // Pagefind's box has only a placeholder; the page's own words become its label.
  const input = element.querySelector("input");
  if (input) input.setAttribute("aria-label", element.dataset.label || "Search");
  if (query !== "") ui.triggerSearch(query);
})();
