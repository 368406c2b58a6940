// The search page's box: loads Pagefind's UI only when a reader searches (types, taps, submits, or arrives with
// ?q=…), so the page paints as fast as any other. A file, not an inline script, so a strict CSP can allow it.
(function () {
  const form = document.querySelector(".search-form");
  const element = document.getElementById("search");
  const script = document.currentScript;
  if (!form || !element || !script) return;
  const input = form.querySelector("input");
  // The site may be served from a subfolder: its root is two folders above this file, Pagefind's bundle in it.
  const root = new URL("../../", script.src);
  const bundle = new URL("pagefind/", root);
  const query = new URLSearchParams(window.location.search).get("q") ?? "";
  const dateLabel = form.dataset.dateLabel || "published";
  const categoryLabel = form.dataset.categoryLabel || "category";
  let started = false;

  /** Adds a stylesheet or a script to the head and resolves when it has loaded. */
  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      const node = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) {
        node.setAttribute(name, attributes[name]);
      });
      node.addEventListener("load", resolve);
      node.addEventListener("error", reject);
      document.head.appendChild(node);
    });
  }

  function start() {
    if (started) return;
    started = true;
    // Its stylesheet first, so its box never shows unstyled; then the UI, which replaces the page's box.
    // A big blog's index is in shards (the first is the bundle itself): shards.json lists the others' folders.
    const shards = fetch(new URL("shards.json", bundle).href).then(function (response) {
      return response.ok ? response.json() : [];
    });
    Promise.all([
      load("link", { rel: "stylesheet", href: new URL("pagefind-ui.css", bundle).href }),
      load("script", { src: new URL("pagefind-ui.js", bundle).href }),
      shards,
    ]).then(
      function (loaded) {
        mount(loaded[2]);
      },
      function () {
        started = false;
      },
    );
  }

  function mount(shards) {
    if (typeof PagefindUI !== "function") return;
    const typed = input.value;
    const hadFocus = document.activeElement === input;
    const ui = new PagefindUI({
      element: "#search",
      bundlePath: bundle.pathname,
      baseUrl: root.pathname,
      showImages: false,
      showSubResults: true,
      mergeIndex: shards.map(function (folder) {
        return { bundlePath: new URL(folder, bundle).pathname, baseUrl: root.pathname };
      }),
      translations: { placeholder: form.dataset.placeholder || "Search" },
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
    form.hidden = true;
    // Pagefind's box has only a placeholder; the page's own words become its label.
    const box = element.querySelector("input");
    if (box) {
      box.setAttribute("aria-label", form.dataset.label || "Search");
      if (hadFocus) box.focus();
    }
    if (typed !== "") ui.triggerSearch(typed);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    start();
  });
  ["input", "keydown", "pointerdown"].forEach(function (type) {
    input.addEventListener(type, start, { once: true });
  });
  if (query !== "") {
    input.value = query;
    start();
  }
})();
