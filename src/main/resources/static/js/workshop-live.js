// Refreshes the trainer's live view every few seconds. It pauses only while a field of the view is focused or holds
// input not yet agreed; Agree (a new page), Escape (undo the input) or leaving a field unchanged resume it.
// The status line says when the view was last updated, or that it is paused, so a stop is never silent.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) { return; }
  var status = document.getElementById('live-status');
  var PERIOD = 4000;
  var updatedAt = Date.now();
  var failing = false;
  var pending = false;

  function isField(element) {
    return !!element && live.contains(element) && /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName);
  }

  function changed(field) {
    if (field.tagName === 'SELECT') {
      var preset = 0;
      Array.prototype.forEach.call(field.options, function (o, i) { if (o.defaultSelected) { preset = i; } });
      return field.selectedIndex !== preset;
    }
    if (field.type === 'checkbox' || field.type === 'radio') { return field.checked !== field.defaultChecked; }
    return field.value !== field.defaultValue;
  }

  function unsaved() {
    return Array.prototype.some.call(live.querySelectorAll('form input, form select, form textarea'), changed);
  }

  function paused() {
    return isField(document.activeElement) || unsaved();
  }

  function say(text) {
    if (status && status.textContent !== text) { status.textContent = text; }
  }

  function showStatus() {
    if (!status) { return; }
    var seconds = String(Math.max(0, Math.round((Date.now() - updatedAt) / 1000)));
    var isPaused = paused();
    status.classList.toggle('paused', isPaused);
    status.classList.toggle('stale', failing);
    if (isPaused) {
      say(status.dataset.paused.replace('{0}', seconds));
    } else if (failing) {
      say(status.dataset.offline.replace('{0}', seconds));
    } else {
      say(status.dataset.updated.replace('{0}', seconds));
    }
  }

  function refresh() {
    if (pending || paused()) { showStatus(); return; }
    pending = true;
    fetch(live.dataset.live, { headers: { 'Accept': 'text/html' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) {
        pending = false;
        failing = false;
        if (paused()) { return; } // the trainer started editing while the answer was on its way
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
        if (!fresh) { return; }
        // "who said what" stays open across refreshes while the trainer reads it
        var open = Array.prototype.map.call(live.querySelectorAll('details[open][id]'), function (d) { return d.id; });
        live.innerHTML = fresh.innerHTML;
        open.forEach(function (id) { var d = document.getElementById(id); if (d) { d.open = true; } });
        updatedAt = Date.now();
        live.dispatchEvent(new CustomEvent('live:updated', { bubbles: true }));
      })
      .catch(function () { pending = false; failing = true; /* offline for a moment: try again next time */ })
      .then(showStatus);
  }

  // Escape undoes what was typed or chosen in that row and gives the view back to the refresh.
  live.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !isField(event.target) || !event.target.form) { return; }
    event.target.form.reset();
    event.target.blur();
    refresh();
  });
  // Leaving a field without changing anything resumes at once; activeElement moves only after focusout.
  live.addEventListener('focusout', function () { setTimeout(function () { if (!paused()) { refresh(); } }, 0); });
  live.addEventListener('input', showStatus);
  live.addEventListener('change', showStatus);

  setInterval(refresh, PERIOD);
  setInterval(showStatus, 1000);
  showStatus();
})();
