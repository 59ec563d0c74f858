// Refreshes the trainer's live view every few seconds, unless the trainer is typing or choosing in it.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) { return; }
  var busy = false;
  live.addEventListener('input', function () { busy = true; });
  live.addEventListener('change', function () { busy = true; });
  function refresh() {
    if (busy || live.contains(document.activeElement)) { return; }
    fetch(live.dataset.live, { headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html || busy || live.contains(document.activeElement)) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
        if (!fresh) { return; }
        // "who said what" stays open across refreshes while the trainer reads it
        var open = Array.prototype.map.call(live.querySelectorAll('details[open][id]'), function (d) { return d.id; });
        live.innerHTML = fresh.innerHTML;
        open.forEach(function (id) { var d = document.getElementById(id); if (d) { d.open = true; } });
      })
      .catch(function () { /* offline for a moment: try again next time */ });
  }
  setInterval(refresh, 4000);
})();
