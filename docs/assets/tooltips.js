// Material's tooltips (its md-tooltip2 markup and styles) for every titled element in the header and the
// content: a linked term shows its definition, a course link the course's title. Material's own
// content.tooltips feature mounts one component per titled element when a page loads, ~80 on a course
// page: measured on a throttled phone, that was the largest part of the page's blocked main thread.
// Here one set of listeners on the document serves them all, and a tooltip is built only when shown.
// On a touch screen a first tap on such a link previews its tooltip, a second follows the link.
(function () {
  var HOSTS = ".md-content [title], .md-header [title]";
  var HIDE_AFTER = 250; // ms, as Material: the tooltip fades out, then leaves the page
  var shown = null; // { host, tip, title, hovered, focused, timer }
  var count = 0;

  function hostOf(target) {
    if (!(target instanceof Element)) return null;
    if (shown && shown.host.contains(target)) return shown.host; // its title is taken while shown
    var host = target.closest(HOSTS);
    return host && host.getAttribute("title") ? host : null;
  }

  function place(state) {
    var box = state.host.getBoundingClientRect();
    var style = state.tip.style;
    style.setProperty("--md-tooltip-host-x", box.left + window.scrollX + "px");
    style.setProperty("--md-tooltip-host-y", box.top + window.scrollY + "px");
    style.setProperty("--md-tooltip-x", box.width / 2 + "px");
    style.setProperty("--md-tooltip-y", 8 + box.height + "px");
    style.setProperty("--md-tooltip-width", state.tip.firstChild.offsetWidth + "px");
  }

  function show(host) {
    if (shown && shown.host === host) {
      clearTimeout(shown.timer);
      shown.tip.classList.add("md-tooltip2--active");
      return shown;
    }
    if (shown) remove(shown);
    var tip = document.createElement("div");
    tip.className = "md-tooltip2 md-tooltip2--bottom";
    tip.setAttribute("role", "tooltip");
    tip.id = "__title_tooltip_" + count++; // Material numbers its own "__tooltip2_N"
    tip.style.setProperty("--md-tooltip-tail", "0px");
    var inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    var title = host.getAttribute("title");
    inner.textContent = title;
    tip.appendChild(inner);
    // The browser would show the title as well: it is lent to the tooltip while shown.
    host.removeAttribute("title");
    host.setAttribute("aria-describedby", tip.id);
    document.body.appendChild(tip);
    shown = { host: host, tip: tip, title: title, hovered: false, focused: false, timer: 0 };
    place(shown);
    requestAnimationFrame(function () { tip.classList.add("md-tooltip2--active"); });
    return shown;
  }

  function remove(state) {
    clearTimeout(state.timer);
    state.tip.remove();
    state.host.setAttribute("title", state.title);
    state.host.removeAttribute("aria-describedby");
    if (shown === state) shown = null;
  }

  function hide(state) {
    state.tip.classList.remove("md-tooltip2--active");
    clearTimeout(state.timer);
    state.timer = setTimeout(function () { remove(state); }, HIDE_AFTER);
  }

  function update(state) {
    if (state.hovered || state.focused) show(state.host);
    else hide(state);
  }

  document.addEventListener("mouseover", function (event) {
    var host = hostOf(event.target);
    if (host) show(host).hovered = true;
  });
  document.addEventListener("mouseout", function (event) {
    if (!shown || !shown.host.contains(event.target) || shown.host.contains(event.relatedTarget)) return;
    shown.hovered = false;
    update(shown);
  });
  document.addEventListener("focusin", function (event) {
    var host = hostOf(event.target);
    if (host) show(host).focused = true;
  });
  document.addEventListener("focusout", function (event) {
    if (!shown || shown.host !== event.target) return;
    shown.focused = false;
    update(shown);
  });
  // Content shown on hover or focus can be dismissed without moving the pointer or focus (WCAG 1.4.13).
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shown) hide(shown);
  });
  // On a touch screen there is no hover: the first tap on a link whose title says more than its text (a
  // term's definition, a course code's title) shows the tooltip, as hovering would; a second tap on the
  // same link follows it. A tap elsewhere takes the tooltip away (the browser's mouseout and focusout).
  var tap = null; // the touch that the coming click comes from: { host, wasShown }
  document.addEventListener("pointerdown", function (event) {
    var host = event.pointerType === "mouse" ? null : hostOf(event.target);
    tap = host ? { host: host, wasShown: !!(shown && shown.host === host && shown.tip.classList.contains("md-tooltip2--active")) } : null;
  }, true);
  document.addEventListener("click", function (event) {
    var touch = tap;
    tap = null; // a click from the keyboard or a mouse is never held back
    var host = hostOf(event.target);
    if (!touch || touch.wasShown || touch.host !== host || !host.matches("a[href]")) return;
    var title = shown && shown.host === host ? shown.title : host.getAttribute("title");
    if (host.textContent.indexOf(title) !== -1) return;
    event.preventDefault();
    show(host).hovered = true;
  }, true);
  window.addEventListener("scroll", function () { if (shown) place(shown); }, { passive: true, capture: true });
  window.addEventListener("resize", function () { if (shown) place(shown); }, { passive: true });
})();
