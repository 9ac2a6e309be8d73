// Progressive enhancement: filter the action-item ledger by text, status and owner.
// Without JavaScript the form stays hidden and every item is listed, open ones first.
(function () {
  "use strict";
  var form = document.getElementById("ledger-filters");
  var table = document.querySelector("table.ledger");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function apply() {
    var query = form.elements.q.value.trim().toLowerCase();
    var status = form.elements.status.value;
    var owner = form.elements.owner.value;
    var shown = 0;
    rows.forEach(function (row) {
      var match = (!status || row.getAttribute("data-status") === status)
        && (!owner || row.getAttribute("data-owner") === owner)
        && (!query || row.textContent.toLowerCase().indexOf(query) !== -1);
      row.hidden = !match;
      if (match) shown += 1;
    });
    form.elements.shown.value = shown + " of " + rows.length + " shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
