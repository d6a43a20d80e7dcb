// Narrows the course catalogue by semester, cycle, component and module, on the page itself.
// Without JavaScript the form stays hidden and the full table is shown.
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

    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  function init() {
    var form = document.querySelector("[data-catalogue-filter]");
    if (form) setUp(form);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
