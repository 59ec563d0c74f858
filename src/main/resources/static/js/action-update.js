// Records an update of a carried-over action from the entry page without leaving it: the answers being typed in the
// entry form stay on the page and keep saving themselves (entry.js). The update's controls sit in the indicator's
// card but belong to their own form (the form attribute), which entry.js ignores. Without this script the form posts
// and the server comes back to the indicator.
(function () {
  'use strict';
  if (!window.fetch) { return; }
  function headers() {
    var all = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var csrfToken = document.querySelector('meta[name=csrf-token]');
    var csrfHeader = document.querySelector('meta[name=csrf-header]');
    if (csrfToken && csrfHeader) { all[csrfHeader.content] = csrfToken.content; }
    return all;
  }
  function control(form, name) {
    return document.getElementById(form.id + '-' + name);
  }
  function say(form, message, problem) {
    var place = control(form, 'result');
    place.textContent = message;
    place.className = 'update-result ' + (problem ? 'problem' : 'saved');
    control(form, 'note').setAttribute('aria-invalid', problem ? 'true' : 'false');
  }
  // the line of the action (one per indicator card it is shown in) now says its new status
  function showStatus(action) {
    document.querySelectorAll('.carried-action[data-action="' + action.id + '"] .carried-line span').forEach(function (line) {
      line.hidden = line.dataset.status !== action.status;
    });
  }
  document.querySelectorAll('form.action-update-form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = document.querySelector('button[form="' + form.id + '"]');
      var note = control(form, 'note');
      button.disabled = true;
      fetch(form.action, {
        method: 'POST',
        headers: headers(),
        credentials: 'same-origin',
        body: JSON.stringify({ status: control(form, 'status').value, note: note.value })
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, status: response.status, json: json }; },
          function () { return { ok: false, status: response.status, json: null }; });
      }).then(function (result) {
        if (result.ok) {
          showStatus(result.json);
          note.value = '';
          say(form, form.dataset.msgRecorded, false);
          return;
        }
        var error = result.json && result.json.errors && result.json.errors.length ? result.json.errors[0].message : result.status;
        say(form, form.dataset.msgError + error, true);
      }, function () {
        say(form, form.dataset.msgError + form.dataset.msgOffline, true);
      }).then(function () {
        button.disabled = false;
      });
    });
  });
})();
