// Progressive enhancement: click a column header to sort a table (incidents, action items).
// Without JavaScript the table is already sorted newest first.
(function () {
  "use strict";
  function value(cell, kind) {
    var raw = cell.getAttribute("data-value");
    if (raw === null) raw = cell.textContent.trim();
    if (kind === "number") { var n = parseFloat(raw); return isNaN(n) ? -Infinity : n; }
    return raw.toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
    var caption = table.querySelector("caption");
    headers.forEach(function (th) {
      var column = th.cellIndex;
      // A real button: focusable, announced as one, works with Enter and Space.
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var kind = th.getAttribute("data-sort");
        var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
          return { row: row, key: value(row.cells[column], kind), index: index };
        });
        rows.sort(function (a, b) {
          var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return order === 0 ? a.index - b.index : order * (ascending ? 1 : -1);
        });
        rows.forEach(function (entry) { body.appendChild(entry.row); });
        if (caption) {
          var label = button.textContent.trim();
          if (label !== label.toUpperCase()) label = label.toLowerCase();  // "date", but "TTR"
          caption.textContent = (table.getAttribute("data-caption") || "All incidents") + ", by " + label + (ascending ? ", ascending" : ", descending");
        }
      });
    });
  });
})();
