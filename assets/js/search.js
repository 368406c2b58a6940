// Starts Pagefind's search UI on the search page, and runs the query typed in the header's box (?q=…).
// A file, not an inline script, so a strict Content-Security-Policy can allow it.
(function () {
  const script = document.querySelector('script[src$="/pagefind-ui.js"]');
  const element = document.getElementById("search");
  if (!script || !element || typeof PagefindUI !== "function") return;
  // The site may be served from a subfolder: its root is the folder above Pagefind's own.
  const bundle = new URL(".", script.src);
  const query = new URLSearchParams(window.location.search).get("q") ?? "";
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: bundle.pathname,
    baseUrl: new URL("..", bundle).pathname,
    showImages: false,
    showSubResults: true,
    autofocus: query === "",
  });
  // Pagefind's box has only a placeholder; the page's visible "Search" heading becomes its label.
  const input = element.querySelector("input");
  if (input) input.setAttribute("aria-labelledby", "search-title");
  if (query !== "") ui.triggerSearch(query);
})();
