// A wide table on a phone scrolls sideways inside its wrapper (Material's, written at build time); without
// a focusable element inside, a keyboard user cannot scroll it (WCAG 2.1.1; axe: scrollable-region-focusable).
// Each wrapper that actually overflows becomes a focusable, named region; the others stay out of the tab order.
(function () {
  function nameOf(wrapper) {
    var table = wrapper.querySelector("table");
    if (table && table.caption) return table.caption.textContent.trim();
    for (var node = wrapper.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName)) return node.textContent.replace(/¶$/, "").trim();
    }
    var heading = document.querySelector(".md-content h1");
    return heading ? heading.textContent.replace(/¶$/, "").trim() : document.title;
  }

  function update() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrapper) {
      // Tables further down are laid out only near the screen (content-visibility, site.css): while one is
      // skipped there is nothing to measure; it is measured when it is laid out (the listener below).
      var table = wrapper.querySelector("table");
      if (table && table.checkVisibility && !table.checkVisibility({ contentVisibilityAuto: true })) return;
      if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
        wrapper.setAttribute("tabindex", "0");
        wrapper.setAttribute("role", "region");
        wrapper.setAttribute("aria-label", nameOf(wrapper));
      } else if (wrapper.getAttribute("tabindex") === "0") {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
      }
    });
  }

  var pending = null;
  function later() {
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(update);
  }

  // The wrappers are in the page as built (curriculum/site/tables.py), so they are here when this script runs.
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrapper) {
    wrapper.addEventListener("contentvisibilityautostatechange", later);
  });
  // Measured once Material has set up the page (its document$), in the next frame: reading widths forces a
  // layout, which then costs nothing extra.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(later);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", later);
  else later();
  window.addEventListener("resize", later, { passive: true });
})();
