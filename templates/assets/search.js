// pgdocs search: looks up titles, section headings and terms in search-index.js,
// loaded on first use. A <script> is used rather than fetch() so that it also works
// when the site is opened from file://, where browsers refuse to fetch JSON.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var loading = null;
  var here = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "") : "";

  function load() {
    if (window.PGDOCS_SEARCH_INDEX) return Promise.resolve(window.PGDOCS_SEARCH_INDEX);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = here + "search-index.js";
        s.onload = function () { resolve(window.PGDOCS_SEARCH_INDEX || []); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  // A title's label ("9.4.1. ", "F.1. ", "Chapter 9. ", "Part III. "): a search for
  // "format" matches "9.4.1. format" as exactly as the index's "format".
  var label = /^(?:(?:chapter|appendix|part|table|figure|example) )?[0-9a-z]{1,5}(?:\.[0-9]+)*\.\s+/;

  function score(entry, words, phrase) {
    var title = entry.t.toLowerCase();
    for (var i = 0; i < words.length; i++) {
      if (title.indexOf(words[i]) < 0) return -1;
    }
    var bare = title.replace(label, "");
    var s = 0;
    if (title === phrase || bare === phrase) s += 100;
    if (title.indexOf(phrase) === 0 || bare.indexOf(phrase) === 0) s += 50;
    if (entry.p === "") s += 10;
    return s - title.length / 100;
  }

  function show(entries) {
    var phrase = input.value.trim().toLowerCase();
    list.textContent = "";
    if (!phrase) { list.hidden = true; return; }
    var words = phrase.split(/\s+/);
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], words, phrase);
      if (s >= 0) hits.push([s, entries[i]]);
    }
    hits.sort(function (a, b) { return b[0] - a[0]; });
    hits.slice(0, 20).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = here + hit[1].u;
      a.textContent = hit[1].t;
      if (hit[1].p) {
        var where = document.createElement("span");
        where.className = "hit-page";
        where.textContent = hit[1].p;
        a.appendChild(where);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    if (!hits.length) {
      var none = document.createElement("li");
      none.className = "no-hits";
      none.textContent = "No matches";
      list.appendChild(none);
    }
    list.hidden = false;
  }

  input.addEventListener("input", function () { load().then(show, function () {}); });
  // search.html?q=words (or any page with ?q=) opens with the results shown
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) {
    input.value = asked;
    load().then(show, function () {});
  }
  input.addEventListener("focus", function () { load(); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== input) { e.preventDefault(); input.focus(); }
    if (e.key === "Escape") { list.hidden = true; }
  });
})();
