// Refreshes the trainer's live view every few seconds. It pauses only while a field of the view is focused; input not
// yet agreed is carried over into each refreshed view (and named in the status line) until Agree records it or Escape
// undoes it, so a half-typed level neither stops the view nor gets lost. The status line says when the view was last
// updated, or that it is paused, so a stop is never silent.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) { return; }
  var status = document.getElementById('live-status');
  var PERIOD = 4000;
  var updatedAt = Date.now();
  var failing = false;
  var pending = false;
  var asked = 0; // numbers each request, so that an answer overtaken by a newer one (another group chosen) is dropped
  var among = document.getElementById('filter-among');

  // The chosen participant group is counted on the server, which never counts a group of fewer than 5.
  function liveUrl() {
    var url = live.dataset.live;
    if (among && among.value) { url += (url.indexOf('?') < 0 ? '?' : '&') + 'among=' + encodeURIComponent(among.value); }
    return url;
  }

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
    return Array.prototype.filter.call(live.querySelectorAll('form input[id], form select[id], form textarea[id]'), changed);
  }

  function paused() {
    return isField(document.activeElement);
  }

  // The fresh view holds the server's values as defaults, so a carried-over edit still counts as unsaved.
  function carryOver(edits) {
    edits.forEach(function (edit) {
      var field = document.getElementById(edit.id);
      if (!field) { return; }
      if (field.type === 'checkbox' || field.type === 'radio') { field.checked = edit.checked; } else { field.value = edit.value; }
    });
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
    var edits = unsaved();
    status.classList.toggle('unsaved', edits.length > 0);
    var text = isPaused ? status.dataset.paused : failing ? status.dataset.offline : status.dataset.updated;
    text = text.replace('{0}', seconds);
    if (!isPaused && edits.length > 0) {
      var codes = edits.map(function (f) { return f.form.dataset.code; }).filter(function (c, i, all) {
        return c && all.indexOf(c) === i;
      });
      text += ' · ' + status.dataset.unsaved.replace('{0}', codes.join(', '));
    }
    say(text);
  }

  function refresh(now) {
    if ((pending && !now) || paused()) { showStatus(); return; }
    pending = true;
    var ask = ++asked;
    fetch(liveUrl(), { headers: { 'Accept': 'text/html' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) {
        if (ask !== asked) { return; }
        pending = false;
        failing = false;
        if (paused()) { return; } // the trainer started editing while the answer was on its way
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
        if (!fresh) { return; }
        // "who said what" stays open across refreshes while the trainer reads it
        var open = Array.prototype.map.call(live.querySelectorAll('details[open][id]'), function (d) { return d.id; });
        var edits = unsaved().map(function (f) { return { id: f.id, value: f.value, checked: f.checked }; });
        live.innerHTML = fresh.innerHTML;
        open.forEach(function (id) { var d = document.getElementById(id); if (d) { d.open = true; } });
        carryOver(edits);
        updatedAt = Date.now();
        live.dispatchEvent(new CustomEvent('live:updated', { bubbles: true }));
      })
      .catch(function () {
        if (ask === asked) { pending = false; failing = true; } /* offline for a moment: try again next time */
      })
      .then(showStatus);
  }

  // Filters act on the rows in the browser, and again on every refreshed view.
  var filters = document.getElementById('live-filters');
  function applyFilters() {
    if (!filters) { return; }
    var category = document.getElementById('filter-category').value;
    var disagreements = document.getElementById('filter-disagreements').checked;
    var notAgreed = document.getElementById('filter-not-agreed').checked;
    var shown = 0;
    Array.prototype.forEach.call(live.querySelectorAll('tr[data-category]'), function (row) {
      var show = (!category || row.dataset.category === category)
        && (!disagreements || row.dataset.flagged === 'true')
        && (!notAgreed || row.dataset.agreed !== 'true');
      row.classList.toggle('filtered-out', !show);
      if (show) { shown++; }
    });
    document.getElementById('filter-none').hidden = shown > 0;
  }
  // A group that has shrunk below 5 (or grown to 5) since the page was loaded is offered accordingly.
  function offerGroups() {
    var shown = document.getElementById('among-groups');
    if (!among || !shown) { return; }
    var big = (shown.dataset.among || '').split(' ');
    Array.prototype.forEach.call(among.querySelectorAll('option[data-label]'), function (option) {
      var ok = big.indexOf(option.value) >= 0;
      option.disabled = !ok && !option.selected;
      var text = ok ? option.dataset.label : option.dataset.small;
      if (option.textContent !== text) { option.textContent = text; }
    });
  }
  if (among) {
    among.addEventListener('change', function () { refresh(true); });
    live.addEventListener('live:updated', offerGroups);
    // the browser may restore a group chosen before a reload: count it at once
    if (among.value && !document.getElementById('among-counted') && !document.getElementById('among-too-small')) {
      refresh(true);
    }
  }
  if (filters) {
    filters.hidden = false;
    filters.addEventListener('change', applyFilters);
    live.addEventListener('live:updated', applyFilters);
    applyFilters();
  }

  // Escape undoes what was typed or chosen in that row and gives the view back to the refresh.
  live.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !isField(event.target) || !event.target.form) { return; }
    event.target.form.reset();
    event.target.blur();
    refresh();
  });
  // Leaving a field resumes at once; activeElement moves only after focusout.
  live.addEventListener('focusout', function () { setTimeout(function () { if (!paused()) { refresh(); } }, 0); });
  live.addEventListener('input', showStatus);
  live.addEventListener('change', showStatus);

  setInterval(refresh, PERIOD);
  setInterval(showStatus, 1000);
  showStatus();
})();
