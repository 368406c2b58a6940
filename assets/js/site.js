// The site's one script, for what needs a browser: the colour theme toggle, copy buttons on code blocks,
// copy-link and the device's share sheet, and comments loaded only when a reader reaches them. Every page
// works without it; each part below does nothing on a page without its markup. No third-party code.
(function () {
  "use strict";
  var root = document.documentElement;

  /* Colour theme: system → light → dark → system. The head's inline script applied the saved one. */
  var THEMES = ["system", "light", "dark"];
  function currentTheme() {
    return root.getAttribute("data-theme") || "system";
  }
  function applyTheme(theme) {
    if (theme === "system") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
    try {
      if (theme === "system") localStorage.removeItem("theme");
      else localStorage.setItem("theme", theme);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    document.querySelectorAll(".theme-toggle").forEach(function (button) {
      button.setAttribute("aria-label", button.dataset.label + ": " + button.dataset[theme]);
      button.dataset.theme = theme;
    });
    themeComments(theme);
  }
  document.querySelectorAll(".theme-toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      applyTheme(THEMES[(THEMES.indexOf(currentTheme()) + 1) % THEMES.length]);
    });
  });
  applyTheme(currentTheme());

  /* Copying: a short "Copied" on the button, announced to screen readers, then the label again. */
  var canCopy = !!(navigator.clipboard && window.isSecureContext);
  function copied(button, label, done) {
    label.textContent = done;
    setTimeout(function () {
      label.textContent = button.dataset.idle;
    }, 2000);
  }

  /* A copy button on every code block of a post or page. */
  var body = document.querySelector(".post__body");
  if (body && canCopy) {
    body.querySelectorAll("pre").forEach(function (pre) {
      var button = document.createElement("button");
      var label = document.createElement("span");
      button.type = "button";
      button.className = "copy-code";
      button.dataset.idle = body.dataset.copy || root.dataset.copy || "Copy";
      label.setAttribute("aria-live", "polite");
      label.textContent = button.dataset.idle;
      button.appendChild(label);
      button.addEventListener("click", function () {
        var code = pre.querySelector("code") || pre;
        navigator.clipboard.writeText(code.innerText.replace(/\n$/, "")).then(function () {
          copied(button, label, root.dataset.copied || "Copied");
        });
      });
      var wrapper = document.createElement("div");
      wrapper.className = "code-block";
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      wrapper.appendChild(button);
    });
  }

  /* Copy-link and the device's share sheet, shown only where the browser can do them. */
  document.querySelectorAll('[data-needs="clipboard"]').forEach(function (item) {
    if (canCopy) item.hidden = false;
  });
  document.querySelectorAll('[data-needs="share"]').forEach(function (item) {
    if (navigator.share) item.hidden = false;
  });
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    var label = button.querySelector("span");
    button.dataset.idle = label.textContent;
    label.setAttribute("aria-live", "polite");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copyLink).then(function () {
        copied(button, label, button.dataset.done);
      });
    });
  });
  document.querySelectorAll("[data-share-url]").forEach(function (button) {
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl }).catch(function () {
        /* the reader closed the sheet */
      });
    });
  });

  /* Comments: the provider's script is added when the reader scrolls near them or presses the button. */
  var comments = document.querySelector("#comments[data-comments]");
  function providerTheme(src, theme) {
    var giscus = src.indexOf("giscus") !== -1;
    if (theme === "light") return giscus ? "light" : "github-light";
    if (theme === "dark") return giscus ? "dark" : "github-dark";
    return giscus ? "preferred_color_scheme" : "preferred-color-scheme";
  }
  function loadComments() {
    if (!comments || comments.dataset.loaded) return;
    comments.dataset.loaded = "true";
    var attributes = JSON.parse(comments.dataset.comments);
    var script = document.createElement("script");
    Object.keys(attributes).forEach(function (name) {
      script.setAttribute(name, attributes[name]);
    });
    script.setAttribute(
      attributes.src.indexOf("giscus") !== -1 ? "data-theme" : "theme",
      providerTheme(attributes.src, currentTheme()),
    );
    script.async = true;
    comments.querySelector(".comments__thread").appendChild(script);
    var button = comments.querySelector(".comments__load");
    if (button) button.hidden = true;
  }
  function themeComments(theme) {
    var frame = comments && comments.querySelector("iframe");
    if (!frame) return;
    var src = JSON.parse(comments.dataset.comments).src;
    var message =
      src.indexOf("giscus") !== -1
        ? { giscus: { setConfig: { theme: providerTheme(src, theme) } } }
        : { type: "set-theme", theme: providerTheme(src, theme) };
    frame.contentWindow.postMessage(message, new URL(frame.src).origin);
  }
  if (comments) {
    comments.querySelector(".comments__load").addEventListener("click", loadComments);
    if ("IntersectionObserver" in window) {
      var observer = new IntersectionObserver(
        function (entries) {
          if (
            entries.some(function (entry) {
              return entry.isIntersecting;
            })
          ) {
            observer.disconnect();
            loadComments();
          }
        },
        { rootMargin: "200px 0px" },
      );
      observer.observe(comments);
    }
  }
})();
