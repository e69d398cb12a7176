// Filter-as-you-type, filters and sorting for the incident index. The table works without it.
(function () {
  "use strict";
  var table = document.querySelector("table.incidents");
  var panel = document.querySelector(".filters");
  if (!table || !panel) return;
  panel.hidden = false;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var search = document.getElementById("q");
  var selects = Array.prototype.slice.call(panel.querySelectorAll("select[data-filter]"));
  var count = document.getElementById("count");

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      selects.forEach(function (select) {
        var want = select.value;
        if (!ok || !want) return;
        var have = row.getAttribute("data-" + select.getAttribute("data-filter")) || "";
        ok = have.split("|").indexOf(want) !== -1;
      });
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + " of " + rows.length + " incidents";
  }

  function sortBy(th) {
    var key = th.getAttribute("data-sort");
    var ascending = th.getAttribute("aria-sort") === "descending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
      var cmp = key === "date" ? (x < y ? -1 : x > y ? 1 : 0) : (parseFloat(x) || -1) - (parseFloat(y) || -1);
      return ascending ? cmp : -cmp;
    });
    texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  search.addEventListener("input", apply);
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(th); } });
  });
  apply();
})();
