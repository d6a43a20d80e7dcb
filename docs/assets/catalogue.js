// Narrows the course catalogue by semester, cycle, component, module and syllabus, on the page itself.
// Without JavaScript the form stays hidden and the full table is shown.
// The choice lives in the page's address (courses/?semester=5&syllabus=full): Back, a reload and a shared
// link show the same list as the form, since the form is always set from the address, never the other way.
(function () {
  function setUp(form) {
    var table = document.querySelector("[data-catalogue]");
    if (!table) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = form.querySelector("[data-catalogue-count]");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = selects.every(function (select) {
          return !select.value || row.dataset[select.dataset.filter] === select.value;
        });
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      count.textContent = String(shown);
    }

    // The address → the form: a value the form does not offer is ignored, as if it were absent.
    function fromAddress() {
      var params = new URLSearchParams(location.search);
      selects.forEach(function (select) {
        var wanted = params.get(select.dataset.filter) || "";
        var offered = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
        select.value = offered ? wanted : "";
      });
      apply();
    }

    // The form → the address, replacing the current entry: Back leaves the catalogue, as it would without a filter.
    function toAddress() {
      var params = new URLSearchParams(location.search);
      selects.forEach(function (select) {
        if (select.value) params.set(select.dataset.filter, select.value);
        else params.delete(select.dataset.filter);
      });
      var query = params.toString();
      history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }

    form.addEventListener("change", function () { toAddress(); apply(); });
    form.addEventListener("reset", function () { setTimeout(function () { toAddress(); apply(); }, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // A page restored from the back-forward cache keeps its form; the address decides all the same.
    window.addEventListener("pageshow", fromAddress);
    form.hidden = false;
    fromAddress();
  }

  function init() {
    var form = document.querySelector("[data-catalogue-filter]");
    if (form) setUp(form);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
