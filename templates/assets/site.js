// Search, filters and sorting for the incident index. Without JavaScript the table (and its
// pages, for large archives) still lists every incident and the filter panel stays hidden. With
// it, typing or filtering searches the whole archive from assets/search-index.js, loaded on
// first use (a script, not JSON, so it also works from file://). The search and filters are kept
// in the address's fragment (#q=ttp&country=Pakistan), so a filtered view can be shared and
// survives going back; a fragment works from file:// and on any static host.
(function () {
  "use strict";
  var table = document.querySelector("table.incidents");
  var panel = document.querySelector(".filters");
  if (!table || !panel) return;
  panel.hidden = false;
  var root = table.getAttribute("data-root") || "";
  var indexFile = table.getAttribute("data-index-file") || "";
  var body = table.tBodies[0];
  var pageRows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById("q");
  var selects = Array.prototype.slice.call(panel.querySelectorAll("select[data-filter]"));
  var count = document.getElementById("count");
  var sortKey = null, ascending = false, loading = false;
  var LIMIT = 500;

  function load(then) {
    if (window.SITREP_INDEX) { then(); return; }
    if (loading) return;
    loading = true;
    var s = document.createElement("script");
    s.src = root + "assets/search-index.js";
    s.onload = function () { loading = false; then(); };
    document.head.appendChild(s);
  }

  function active() {
    return search.value.trim() !== "" || sortKey !== null || selects.some(function (s) { return s.value; });
  }

  function cell(tr, text, className, label) {
    var td = document.createElement("td");
    if (className) td.className = className;
    if (label) td.setAttribute("data-label", label);
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function row(r) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-incident-id", r[0]);
    tr.setAttribute("data-country", r[4]);
    tr.setAttribute("data-group", r[5]);
    tr.setAttribute("data-year", r[1].slice(0, 4));
    tr.setAttribute("data-type", r[6]);
    tr.setAttribute("data-date", r[1]);
    tr.setAttribute("data-killed", r[9] === null ? "" : r[9]);
    tr.setAttribute("data-injured", r[10] === null ? "" : r[10]);
    var link = document.createElement("a");
    link.href = root + "briefs/" + r[0] + "/" + indexFile;
    link.textContent = r[11];
    cell(tr, "", "headline").appendChild(link);
    var date = cell(tr, "");
    var time = document.createElement("time");
    time.setAttribute("datetime", r[1]);
    time.textContent = r[2];
    date.appendChild(time);
    cell(tr, r[3], "place");
    cell(tr, r[5] ? r[5].split("|").join("; ") : "not named", "", "Group");
    cell(tr, r[7], "num", "Killed");
    cell(tr, r[8], "num", "Injured");
    return tr;
  }

  function matches(r, words, wanted) {
    // r[12]: the groups' other names ("TTP"); r[13]: the site ("Crocus City Hall").
    var text = [r[2], r[3], r[5], r[6], r[11], r[12] || "", r[13] || ""].join(" ").toLowerCase();
    for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) === -1) return false;
    if (wanted.country && r[4] !== wanted.country) return false;
    if (wanted.group && r[5].split("|").indexOf(wanted.group) === -1) return false;
    if (wanted.year && r[1].slice(0, 4) !== wanted.year) return false;
    if (wanted.type && r[6] !== wanted.type) return false;
    return true;
  }

  // The view in the address's fragment: read on load and when the fragment changes, written on
  // every change (replacing the history entry, not adding one per keystroke).
  // A fragment without "=" ("#main", from the skip link) is a place on the page, not a view.
  function isView(fragment) { return fragment === "" || fragment.indexOf("=") !== -1; }

  function readState() {
    if (!isView(location.hash.slice(1))) return;
    var state = new URLSearchParams(location.hash.slice(1));
    search.value = state.get("q") || "";
    selects.forEach(function (s) {
      var wanted = state.get(s.getAttribute("data-filter")) || "";
      s.value = Array.prototype.some.call(s.options, function (o) { return o.value === wanted; }) ? wanted : "";
    });
    var sort = state.get("sort");
    sortKey = sort && table.querySelector('th[data-sort="' + sort + '"]') ? sort : null;
    ascending = state.get("order") === "asc";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) {
      if (sortKey && c.getAttribute("data-sort") === sortKey) c.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      else c.removeAttribute("aria-sort");
    });
  }

  function writeState() {
    var state = new URLSearchParams();
    if (search.value.trim()) state.set("q", search.value.trim());
    selects.forEach(function (s) { if (s.value) state.set(s.getAttribute("data-filter"), s.value); });
    if (sortKey) { state.set("sort", sortKey); state.set("order", ascending ? "asc" : "desc"); }
    var fragment = state.toString();
    var current = location.hash.slice(1);
    if (fragment === current || (!fragment && !isView(current))) return;
    var url = location.href.split("#")[0] + (fragment ? "#" + fragment : "");
    try { history.replaceState(null, "", url); } catch (e) { location.replace("#" + fragment); }
  }

  function apply() {
    writeState();
    if (!active()) {
      body.replaceChildren.apply(body, pageRows);
      count.textContent = pageRows.length + (document.querySelector(".pager") ? " incidents on this page" : " incidents");
      return;
    }
    load(function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var wanted = {};
      selects.forEach(function (s) { wanted[s.getAttribute("data-filter")] = s.value; });
      var found = window.SITREP_INDEX.filter(function (r) { return matches(r, words, wanted); });
      if (sortKey) {
        var index = { date: 1, killed: 9, injured: 10 }[sortKey];
        found.sort(function (a, b) {
          var x = a[index], y = b[index];
          var cmp = sortKey === "date" ? (x < y ? -1 : x > y ? 1 : 0) : (x === null ? -1 : x) - (y === null ? -1 : y);
          return ascending ? cmp : -cmp;
        });
      }
      body.replaceChildren.apply(body, found.slice(0, LIMIT).map(row));
      count.textContent = found.length > LIMIT ? "first " + LIMIT + " of " + found.length + " incidents" : found.length + " of " + window.SITREP_INDEX.length + " incidents";
    });
  }

  function sortBy(th) {
    var key = th.getAttribute("data-sort");
    ascending = sortKey === key ? !ascending : false;
    sortKey = key;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    apply();
  }

  window.addEventListener("hashchange", function () { readState(); apply(); });
  readState();
  search.addEventListener("input", apply);
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(th); } });
  });
  apply();
})();
