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
  // what the server reads as a number (TypedNumber, after the normalising above)
  var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
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
  // The current category's "done/total" beside the form, counted from what the server confirmed.
  function updateProgress() {
    var current = document.querySelector('.progress-list li.current');
    if (!current) { return; }
    var fieldsets = form.querySelectorAll('fieldset.indicator');
    var done = form.querySelectorAll('fieldset.indicator[data-answered=true]').length;
    current.querySelector('.count').textContent = done + '/' + fieldsets.length;
    var bar = current.querySelector('.bar span');
    if (bar) { bar.style.width = (fieldsets.length === 0 ? 100 : Math.round(100 * done / fieldsets.length)) + '%'; }
  }
  function save(fieldset) {
    var code = fieldset.dataset.code;
    var payload = body(fieldset);
    fieldset.saveTimer = null;
    fieldset.levelPending = false;
    if (payload.value !== null && !NUMBER.test(payload.value)) {
      // said in the page's language before asking the server; the text typed stays on the page until it is fixed
      localStorage.setItem(draftPrefix + code, JSON.stringify(payload));
      status(fieldset, form.dataset.msgError + form.dataset.msgNumber, 'problem');
      return;
    }
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
        fieldset.dataset.answered = String(!!(result.json.notApplicable || result.json.level != null || result.json.value != null));
        updateProgress();
        status(fieldset, form.dataset.msgSaved, 'saved');
      } else if (result.status === 409) {
        localStorage.setItem(draftPrefix + code, JSON.stringify(payload));
        status(fieldset, form.dataset.msgConflict, 'problem');
      } else {
        var error = result.json.errors && result.json.errors.length ? result.json.errors[0] : null;
        // the server's messages are English; a number refused is said in the page's language
        var message = !error ? result.status : error.field === 'value' ? form.dataset.msgNumber : error.message;
        status(fieldset, form.dataset.msgError + message, 'problem');
      }
    }).catch(function () {
      localStorage.setItem(draftPrefix + code, JSON.stringify(payload));
      status(fieldset, form.dataset.msgOffline, 'problem');
    }).then(settled);
  }
  function later(fieldset, delay) {
    clearTimeout(fieldset.saveTimer);
    fieldset.saveTimer = setTimeout(function () { save(fieldset); }, delay);
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

  // Arrow keys in a level group move one card at a time and stop at the ends: from "no answer" they never wrap
  // round to the highest level. They only choose; the level is saved when the keyboard leaves the group (or the
  // form is saved), so walking past levels on the way to the right one stores none of them. A click saves at once.
  function levelKeys(fieldset) {
    var group = fieldset.querySelector('.levels[role=radiogroup]');
    if (!group) { return; }
    var radios = Array.prototype.slice.call(group.querySelectorAll('input[type=radio]'));
    var steps = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    group.addEventListener('keydown', function (event) {
      var step = steps[event.key];
      var at = radios.indexOf(event.target);
      if (!step || at < 0 || event.altKey || event.ctrlKey || event.metaKey) { return; }
      event.preventDefault();
      var next = radios[at + step];
      if (!next) { return; }
      next.checked = true;
      next.focus();
      fieldset.levelPending = true;
      status(fieldset, form.dataset.msgChosen, 'pending');
    });
    group.addEventListener('focusout', function (event) {
      if (fieldset.levelPending && !group.contains(event.relatedTarget)) { later(fieldset, 0); }
    });
  }

  form.querySelectorAll('fieldset.indicator').forEach(function (fieldset) {
    if (fieldset.disabled) { return; }
    restoreDraft(fieldset);
    levelKeys(fieldset);
    fieldset.addEventListener('change', function () { later(fieldset, 200); });
    fieldset.addEventListener('input', function (event) {
      if (event.target.matches('textarea, input[type=text]')) { later(fieldset, 1500); }
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
