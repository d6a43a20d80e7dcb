// A wide table on a phone scrolls sideways inside its wrapper. The built HTML makes every wrapper a focusable,
// named region (curriculum/site/tables.py), so that a keyboard user can scroll it whatever the script does
// (WCAG 2.1.1; axe: scrollable-region-focusable). Here, once laid out, a wrapper that does not overflow leaves
// the tab order (no needless tab stop), and comes back into it if a narrower window makes it overflow.
(function () {
  var REGIONS = ".md-typeset__scrollwrap, .graph-scroll";  // the prerequisite graph scrolls too
  var ATTRIBUTES = ["tabindex", "role", "aria-label"];

  function update() {
    document.querySelectorAll(REGIONS).forEach(function (wrapper) {
      // Tables further down are laid out only near the screen (content-visibility, site.css): while one is
      // skipped there is nothing to measure, and it stays focusable; it is measured when it is laid out.
      var table = wrapper.querySelector("table");
      if (table && table.checkVisibility && !table.checkVisibility({ contentVisibilityAuto: true })) return;
      var overflows = wrapper.scrollWidth > wrapper.clientWidth + 1;
      if (!wrapper.dataset.region) {
        wrapper.dataset.region = JSON.stringify(ATTRIBUTES.map(function (name) { return wrapper.getAttribute(name); }));
      }
      var kept = JSON.parse(wrapper.dataset.region);
      ATTRIBUTES.forEach(function (name, i) {
        if (overflows && kept[i] !== null) wrapper.setAttribute(name, kept[i]);
        else if (!overflows) wrapper.removeAttribute(name);
      });
    });
  }

  var pending = null;
  function later() {
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(update);
  }

  document.querySelectorAll(REGIONS).forEach(function (wrapper) {
    wrapper.addEventListener("contentvisibilityautostatechange", later);
  });
  // Measured once Material has set up the page (its document$), in the next frame: reading widths forces a
  // layout, which then costs nothing extra.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(later);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", later);
  else later();
  window.addEventListener("resize", later, { passive: true });
})();
