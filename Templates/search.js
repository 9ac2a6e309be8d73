// Progressive enhancement: search the incidents from the index page. The index
// (search.json, built with the site) is fetched on first use; results are built
// with DOM nodes and textContent only, so no indexed text is ever read as HTML.
(function () {
  "use strict";
  var box = document.getElementById("site-search");
  if (!box) return;
  var input = box.querySelector("input");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-results");
  var root = box.getAttribute("data-index").replace(/search\.json$/, "");
  var entries = null, loading = null;
  box.hidden = false;
  box.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); });

  function load() {
    if (loading) return loading;
    if (location.protocol === "file:") {
      // Browsers refuse to fetch files next to a page opened from disk.
      status.textContent = "Search needs the site served over HTTP (debrief serve, or any web server).";
      loading = Promise.resolve(null);
      return loading;
    }
    loading = fetch(box.getAttribute("data-index"))
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (data) {
        entries = data.incidents.map(function (entry) {
          var fields = [entry.title, entry.severity, entry.services.join(" "), entry.tags.join(" "), entry.text];
          return { entry: entry, title: entry.title.toLowerCase(), all: fields.join(" ").toLowerCase() };
        });
        return entries;
      })
      .catch(function () { status.textContent = "The search index could not be loaded."; return null; });
    return loading;
  }

  function item(entry) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = root + entry.href;
    link.textContent = entry.title;
    li.appendChild(link);
    var meta = document.createElement("span");
    meta.className = "muted";
    meta.textContent = " " + [entry.date, entry.severity, entry.services.join(", "), entry.open ? "open" : ""]
      .filter(Boolean).join(" · ");
    li.appendChild(meta);
    return li;
  }

  function search() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    load().then(function (all) {
      if (!all) return;
      var hits = all.filter(function (e) { return words.every(function (w) { return e.all.indexOf(w) !== -1; }); });
      // Title matches first; otherwise the index's order (newest first) stands.
      var scored = hits.map(function (e, i) {
        return { e: e, i: i, s: words.filter(function (w) { return e.title.indexOf(w) !== -1; }).length };
      }).sort(function (a, b) { return b.s - a.s || a.i - b.i; });
      list.textContent = "";
      scored.slice(0, 20).forEach(function (hit) { list.appendChild(item(hit.e.entry)); });
      status.textContent = hits.length === 0 ? "No incident matches." :
        hits.length + (hits.length === 1 ? " incident matches" : " incidents match") + (hits.length > 20 ? "; the first 20:" : ":");
    });
  }
  input.addEventListener("input", search);
  input.addEventListener("focus", load, { once: true });
})();
