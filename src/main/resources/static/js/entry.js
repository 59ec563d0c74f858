// Saves each indicator of the entry page as soon as it changes (progressive enhancement: the form's own
// Save button works without this script). A stale version is never overwritten: the server answers 409
// and the page says so. Text that could not be saved is kept in this browser until it is saved.
(function () {
  'use strict';
  var form = document.getElementById('entry-form');
  if (!form || !window.fetch) { return; }
  var api = form.dataset.api;
  var draftPrefix = 'cityscore-draft-' + form.dataset.assessment + '-';
  var inFlight = 0;
  var afterSaves = null;

  function field(fieldset, name) {
    return fieldset.querySelector('[name="' + name + ':' + fieldset.dataset.code + '"]');
  }
  function text(fieldset, name) {
    var input = field(fieldset, name);
    return input && input.value.trim() !== '' ? input.value : null;
  }
  function number(raw) {
    if (raw === null) { return null; }
    var normalized = raw.normalize('NFKC').replace(/\s/g, '');
    if (normalized.indexOf(',') >= 0 && normalized.indexOf('.') < 0) { normalized = normalized.replace(',', '.'); }
    return normalized;
  }
  function body(fieldset) {
    var checked = fieldset.querySelector('input[type=radio]:checked');
    var na = field(fieldset, 'na');
    var author = document.getElementById('author');
    return {
      level: checked && checked.value !== '' ? parseInt(checked.value, 10) : null,
      value: number(text(fieldset, 'value')),
      notApplicable: !!(na && na.checked),
      comment: text(fieldset, 'comment'),
      evidence: text(fieldset, 'evidence'),
      action: text(fieldset, 'action'),
      responsible: text(fieldset, 'responsible'),
      timescale: text(fieldset, 'timescale'),
      version: parseInt(field(fieldset, 'version').value || '0', 10),
      author: author && author.value.trim() !== '' ? author.value.trim() : null
    };
  }
  function status(fieldset, message, kind) {
    var place = fieldset.querySelector('.save-status');
    place.textContent = message;
    place.className = 'save-status ' + (kind || '');
  }
  function settled() {
    inFlight--;
    if (inFlight === 0 && afterSaves) {
      var next = afterSaves;
      afterSaves = null;
      next();
    }
  }
  function save(fieldset) {
    var code = fieldset.dataset.code;
    var payload = body(fieldset);
    fieldset.saveTimer = null;
    inFlight++;
    status(fieldset, form.dataset.msgSaving, 'pending');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var csrfToken = document.querySelector('meta[name=csrf-token]');
    var csrfHeader = document.querySelector('meta[name=csrf-header]');
    if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
    fetch(api + encodeURIComponent(code), {
      method: 'PUT',
      headers: headers,
      body: JSON.stringify(payload)
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, status: response.status, json: json }; });
    }).then(function (result) {
      if (result.ok) {
        if (result.json.version !== undefined) { field(fieldset, 'version').value = result.json.version; }
        localStorage.removeItem(draftPrefix + code);
        status(fieldset, form.dataset.msgSaved, 'saved');
      } else if (result.status === 409) {
        localStorage.setItem(draftPrefix + code, JSON.stringify(payload));
        status(fieldset, form.dataset.msgConflict, 'problem');
      } else {
        var message = result.json.errors && result.json.errors.length ? result.json.errors[0].message : result.status;
        status(fieldset, form.dataset.msgError + message, 'problem');
      }
    }).catch(function () {
      localStorage.setItem(draftPrefix + code, JSON.stringify(payload));
      status(fieldset, form.dataset.msgOffline, 'problem');
    }).then(settled);
  }
  function restoreDraft(fieldset) {
    var saved = localStorage.getItem(draftPrefix + fieldset.dataset.code);
    if (!saved) { return; }
    var draft = JSON.parse(saved);
    ['comment', 'evidence', 'action', 'responsible', 'timescale'].forEach(function (name) {
      var input = field(fieldset, name);
      if (input && draft[name] !== null && input.value === '') { input.value = draft[name]; }
    });
    if (draft.value !== null && field(fieldset, 'value') && field(fieldset, 'value').value === '') {
      field(fieldset, 'value').value = draft.value;
    }
    status(fieldset, form.dataset.msgOffline, 'problem');
  }

  form.querySelectorAll('fieldset.indicator').forEach(function (fieldset) {
    if (fieldset.disabled) { return; }
    function later(delay) {
      clearTimeout(fieldset.saveTimer);
      fieldset.saveTimer = setTimeout(function () { save(fieldset); }, delay);
    }
    restoreDraft(fieldset);
    fieldset.addEventListener('change', function () { later(200); });
    fieldset.addEventListener('input', function (event) {
      if (event.target.matches('textarea, input[type=text]')) { later(1500); }
    });
  });
  form.addEventListener('submit', function (event) {
    // The full submit saves everything, so saves still waiting to start are dropped. A save already on its way
    // changes the version this form would send, and the submit would then look stale: it waits for those first.
    form.querySelectorAll('fieldset.indicator').forEach(function (fieldset) {
      clearTimeout(fieldset.saveTimer);
      fieldset.saveTimer = null;
    });
    if (inFlight > 0) {
      event.preventDefault();
      var submitter = event.submitter;
      afterSaves = function () {
        if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
      };
      return;
    }
    // drafts of this page are no longer needed once the full submit succeeds
    form.querySelectorAll('fieldset.indicator').forEach(function (fieldset) {
      localStorage.removeItem(draftPrefix + fieldset.dataset.code);
    });
  });
})();
