// The language switcher keeps the reader's place: the same page in the other language (hooks/language_switcher.py)
// at the same section, since every section's id is the same in every language (…/lsg2105/#weekly-plan →
// …/en/courses/lsg2105/#weekly-plan). The section is the one the address names while it is still in view,
// else the one being read once the page is scrolled: the last heading in the upper part of the screen.
(function () {
  var links = Array.prototype.slice.call(document.querySelectorAll(".md-select__link[hreflang]"));
  if (!links.length) return;
  links.forEach(function (link) { link.dataset.page = link.getAttribute("href").split("#")[0]; });

  function inUpperPart(element) {
    var top = element.getBoundingClientRect().top;
    return top >= 0 && top <= window.innerHeight * 0.4;
  }

  function section() {
    var named = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (named && inUpperPart(named)) return location.hash;
    var reading = "";
    if (window.scrollY < 1) return reading;  // at the top of the page: the page itself
    document.querySelectorAll(".md-content article :is(h2, h3)[id]").forEach(function (heading) {
      if (heading.getBoundingClientRect().top <= window.innerHeight * 0.4) reading = "#" + heading.id;
    });
    return reading;
  }

  // The section is followed as the reader scrolls, but not while the switcher is open: opening it must not
  // count as moving on the page (a browser may scroll to show the list).
  var select = links[0].closest(".md-select") || links[0];
  var pending = 0;
  function remember() {
    pending = 0;
    if (select.matches(":hover, :focus-within")) return;
    var hash = section();
    links.forEach(function (link) { link.setAttribute("href", link.dataset.page + hash); });
  }
  window.addEventListener("scroll", function () { if (!pending) pending = requestAnimationFrame(remember); }, { passive: true });
  window.addEventListener("hashchange", remember);
  remember();
})();
