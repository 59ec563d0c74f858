// Saves each indicator of the entry page as soon as it changes (progressive enhancement: the form's own
// Save button works without this script). A stale version is never overwritten: the server answers 409
// and the page says so.
//
// Every save goes through an outbox kept in this browser (localStorage, one per person and workshop or assessment),
// so that an answer given while the Wi-Fi is gone is not lost: the outbox is sent in order, one answer at a time,
// when the connection is back (the online event, a retry timer with backoff, and the next page load). It holds at
// most one answer per indicator that is not on its way: a later answer replaces the earlier one. Sending an answer
// twice stores it once: a participant's answer is one row per indicator, and an assessment's response that already
// reached the server comes back as a 409 whose current answer is this one, which counts as saved.
(function () {
  'use strict';
  var form = document.getElementById('entry-form');
  if (!form || !window.fetch) { return; }
  var api = form.dataset.api;
  // one person's answers to one assessment or workshop: two people on one phone never see each other's
  var owner = form.dataset.outbox || form.dataset.assessment;
  var draftPrefix = 'cityscore-draft-' + owner + '-';
  var outboxKey = 'cityscore-outbox-' + owner;
  var TIMEOUT = 15000;
  var FIRST_RETRY = 1000;
  var LAST_RETRY = 30000;
  var inFlight = 0;
  var afterSaves = null;
  var sending = null;       // the outbox entry on its way
  var retryTimer = null;
  var retryDelay = FIRST_RETRY;
  var stopped = false;      // refused for want of a session (401/403): kept until the page is loaded again
  var leaving = false;      // the form is being submitted: nothing more is sent from this page
  var troubled = false;     // something could not be sent: the page says how many answers wait, then "all saved"
  var outboxStatus = form.querySelector('.outbox-status');
  if (!outboxStatus) {
    outboxStatus = document.createElement('p');
    outboxStatus.className = 'outbox-status';
    outboxStatus.setAttribute('role', 'status');
    outboxStatus.setAttribute('aria-live', 'polite');
    form.insertBefore(outboxStatus, form.firstChild);
  }

  function field(fieldset, name) {
    return fieldset.querySelector('[name="' + name + ':' + fieldset.dataset.code + '"]');
  }
  function fieldsetOf(code) {
    var found = null;
    form.querySelectorAll('fieldset.indicator').forEach(function (fieldset) {
      if (fieldset.dataset.code === code) { found = fieldset; }
    });
    return found;
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
  var TEXTS = ['comment', 'evidence', 'action', 'responsible', 'timescale'];
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
  // Puts an answer still waiting in the outbox back into the page after a reload: it is newer than the page.
  function show(fieldset, payload) {
    fieldset.querySelectorAll('input[type=radio]').forEach(function (radio) {
      radio.checked = radio.value === (payload.level === null ? '' : String(payload.level));
    });
    var na = field(fieldset, 'na');
    if (na) { na.checked = !!payload.notApplicable; }
    ['value'].concat(TEXTS).forEach(function (name) {
      var input = field(fieldset, name);
      if (input) { input.value = payload[name] === null || payload[name] === undefined ? '' : payload[name]; }
    });
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

  // --- the outbox ---
  var memoryOnly = null;    // where this browser refuses to store: the outbox lives as long as the page
  function outbox() {
    if (memoryOnly !== null) { return memoryOnly.slice(); }
    try {
      var entries = JSON.parse(localStorage.getItem(outboxKey));
      return Array.isArray(entries) ? entries : [];
    } catch (e) {
      return [];
    }
  }
  function keep(entries) {
    if (memoryOnly !== null) {
      memoryOnly = entries.slice();
      return;
    }
    try {
      if (entries.length) { localStorage.setItem(outboxKey, JSON.stringify(entries)); } else { localStorage.removeItem(outboxKey); }
    } catch (e) {
      memoryOnly = entries.slice();
    }
  }
  function forget(key) {
    try { localStorage.removeItem(key); } catch (e) { /* nothing stored, nothing to forget */ }
  }
  function remember(key, payload) {
    try { localStorage.setItem(key, JSON.stringify(payload)); } catch (e) { /* the text stays on the page */ }
  }
  // An answer that failed stays first in line; a later answer to the same indicator makes it unneeded.
  function latestOnly(entries) {
    var seen = {};
    return entries.reduceRight(function (kept, entry) {
      if (!seen[entry.code]) {
        seen[entry.code] = true;
        kept.unshift(entry);
      }
      return kept;
    }, []);
  }
  function enqueue(code, payload) {
    var entries = outbox().filter(function (entry) {
      return entry.code !== code || (sending !== null && entry.id === sending.id);
    });
    entries.push({ id: Date.now() + '-' + Math.random().toString(36).slice(2), code: code, payload: payload });
    keep(entries);
  }
  function drop(id) {
    keep(outbox().filter(function (entry) { return entry.id !== id; }));
  }
  function showOutbox() {
    var waiting = outbox().length;
    if (stopped && waiting > 0) {
      outboxStatus.textContent = form.dataset.msgOutboxStopped;
      outboxStatus.className = 'outbox-status problem';
    } else if (troubled && waiting > 0) {
      outboxStatus.textContent = (waiting === 1 ? form.dataset.msgWaitingOne : form.dataset.msgWaiting)
          .replace('{0}', waiting);
      outboxStatus.className = 'outbox-status pending';
    } else if (troubled) {
      troubled = false;
      outboxStatus.textContent = form.dataset.msgAllSaved;
      outboxStatus.className = 'outbox-status saved';
    }
  }
  // grow: the connection failed, so the next try waits twice as long; offline, the online event comes first
  function retryLater(grow) {
    troubled = true;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () { retryTimer = null; drain(); }, grow ? retryDelay : LAST_RETRY);
    if (grow) { retryDelay = Math.min(retryDelay * 2, LAST_RETRY); }
  }
  function headers() {
    var all = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var csrfToken = document.querySelector('meta[name=csrf-token]');
    var csrfHeader = document.querySelector('meta[name=csrf-header]');
    if (csrfToken && csrfHeader) { all[csrfHeader.content] = csrfToken.content; }
    return all;
  }
  // status 0: no answer at all (no connection, timed out); json null: an answer that is not the app's
  function send(entry) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT) : null;
    return fetch(api + encodeURIComponent(entry.code), {
      method: 'PUT',
      headers: headers(),
      body: JSON.stringify(entry.payload),
      credentials: 'same-origin',
      redirect: 'manual',
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (response.type === 'opaqueredirect') { return { status: 401, json: null }; }
      return response.json().then(function (json) { return json; }, function () { return null; })
        .then(function (json) { return { status: response.status, json: json }; });
    }, function () {
      return { status: 0, json: null };
    }).then(function (result) {
      clearTimeout(timer);
      return result;
    });
  }
  function same(current, payload) {
    function textOf(x) { return x === undefined || x === null || String(x).trim() === '' ? null : String(x).trim(); }
    function numberOf(x) { return x === undefined || x === null ? null : Number(x); }
    return !!current
        && numberOf(current.level) === numberOf(payload.level)
        && numberOf(current.value) === numberOf(payload.value)
        && !!current.notApplicable === !!payload.notApplicable
        && TEXTS.every(function (name) { return textOf(current[name]) === textOf(payload[name]); });
  }
  function saved(entry, json) {
    drop(entry.id);
    retryDelay = FIRST_RETRY;
    var fieldset = fieldsetOf(entry.code);
    if (json.version !== undefined) {
      // an answer given while this one was on its way was read with the version this one replaced
      var entries = outbox();
      entries.forEach(function (later) {
        if (later.code === entry.code && later.payload.version === entry.payload.version) { later.payload.version = json.version; }
      });
      keep(entries);
      if (fieldset) { field(fieldset, 'version').value = json.version; }
    }
    forget(draftPrefix + entry.code);
    if (!fieldset) { return; }
    fieldset.dataset.answered = String(!!(json.notApplicable || json.level != null || json.value != null));
    updateProgress();
    if (!outbox().some(function (later) { return later.code === entry.code; })) {
      status(fieldset, form.dataset.msgSaved, 'saved');
    }
  }
  function refused(entry, result) {
    drop(entry.id);
    var fieldset = fieldsetOf(entry.code);
    if (!fieldset) { return; }
    if (result.status === 409) {
      remember(draftPrefix + entry.code, entry.payload);
      status(fieldset, form.dataset.msgConflict, 'problem');
      return;
    }
    var error = result.json && result.json.errors && result.json.errors.length ? result.json.errors[0] : null;
    // the server's messages are English; a number refused is said in the page's language
    var message = !error ? result.status : error.field === 'value' ? form.dataset.msgNumber : error.message;
    status(fieldset, form.dataset.msgError + message, 'problem');
  }
  // Sends the oldest answer in the outbox, then the next, until it is empty or the connection fails.
  function drain() {
    if (sending !== null || stopped || leaving) { return; }
    clearTimeout(retryTimer);
    retryTimer = null;
    var entries = outbox();
    if (latestOnly(entries).length < entries.length) {
      entries = latestOnly(entries);
      keep(entries);
    }
    showOutbox();
    if (!entries.length) { return; }
    var entry = entries[0];
    var fieldset = fieldsetOf(entry.code);
    if (navigator.onLine === false) {
      if (fieldset) { status(fieldset, form.dataset.msgQueued, 'pending'); }
      retryLater(false);
      showOutbox();
      return;
    }
    sending = entry;
    inFlight++;
    if (fieldset) { status(fieldset, form.dataset.msgSaving, 'pending'); }
    send(entry).then(function (result) {
      var answered = result.json !== null && result.status >= 200 && result.status < 300;
      if (answered) {
        saved(entry, result.json);
      } else if (result.status === 409 && result.json && same(result.json.current, entry.payload)) {
        saved(entry, result.json.current); // sent before, and the answer to it was lost on the way back
      } else if (result.status === 401 || result.status === 403) {
        stopped = true;
        if (fieldset) { status(fieldset, form.dataset.msgError + (result.json && result.json.errors && result.json.errors.length ? result.json.errors[0].message : result.status), 'problem'); }
      } else if (result.status === 0 || result.json === null || result.status === 408 || result.status === 429
          || result.status >= 500) {
        outbox().forEach(function (waiting) {
          var place = fieldsetOf(waiting.code);
          if (place) { status(place, form.dataset.msgQueued, 'pending'); }
        });
        retryLater(true);
      } else {
        refused(entry, result);
      }
    }).catch(function () {
      // a failure in the page itself must not stop the outbox: the entry is still there and is tried again
      retryLater(true);
    }).then(function () {
      var retrying = retryTimer !== null;
      sending = null;
      settled();
      showOutbox();
      if (!retrying) { drain(); }
    });
  }

  function save(fieldset) {
    var code = fieldset.dataset.code;
    var payload = body(fieldset);
    fieldset.saveTimer = null;
    fieldset.levelPending = false;
    if (payload.value !== null && !NUMBER.test(payload.value)) {
      // said in the page's language before asking the server; the text typed stays on the page until it is fixed
      remember(draftPrefix + code, payload);
      status(fieldset, form.dataset.msgError + form.dataset.msgNumber, 'problem');
      return;
    }
    enqueue(code, payload);
    if (sending !== null || retryTimer !== null || stopped) {
      status(fieldset, form.dataset.msgQueued, 'pending');
    }
    if (navigator.onLine === false) { troubled = true; }
    drain();
    showOutbox();
  }
  function later(fieldset, delay) {
    clearTimeout(fieldset.saveTimer);
    fieldset.saveTimer = setTimeout(function () { save(fieldset); }, delay);
  }
  function restoreDraft(fieldset) {
    var draft;
    try {
      draft = JSON.parse(localStorage.getItem(draftPrefix + fieldset.dataset.code));
    } catch (e) {
      return;
    }
    if (!draft) { return; }
    TEXTS.forEach(function (name) {
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

  var waitingAtLoad = outbox();
  form.querySelectorAll('fieldset.indicator').forEach(function (fieldset) {
    if (fieldset.disabled) { return; }
    restoreDraft(fieldset);
    waitingAtLoad.forEach(function (entry) {
      if (entry.code === fieldset.dataset.code) {
        show(fieldset, entry.payload);
        status(fieldset, form.dataset.msgQueued, 'pending');
      }
    });
    levelKeys(fieldset);
    // a reply to the reviewer's comment sits in the card but belongs to its own form: it is no part of the answer
    fieldset.addEventListener('change', function (event) {
      if (event.target.form === form) { later(fieldset, 200); }
    });
    fieldset.addEventListener('input', function (event) {
      if (event.target.form === form && event.target.matches('textarea, input[type=text]')) { later(fieldset, 1500); }
    });
  });
  form.addEventListener('submit', function (event) {
    var fieldsets = form.querySelectorAll('fieldset.indicator');
    if (navigator.onLine === false) {
      // no page can come back: what changed goes to the outbox, to be sent when the connection is back
      event.preventDefault();
      fieldsets.forEach(function (fieldset) {
        if (fieldset.saveTimer || fieldset.levelPending) {
          clearTimeout(fieldset.saveTimer);
          save(fieldset);
        }
      });
      troubled = true;
      showOutbox();
      return;
    }
    // The full submit saves everything, so saves still waiting to start are not sent now: they go to the outbox,
    // in case the submit never arrives. A save already on its way changes the version this form would send, and
    // the submit would then look stale: it waits for those first.
    fieldsets.forEach(function (fieldset) {
      if (fieldset.saveTimer || fieldset.levelPending) { enqueue(fieldset.dataset.code, body(fieldset)); }
      clearTimeout(fieldset.saveTimer);
      fieldset.saveTimer = null;
      fieldset.levelPending = false;
    });
    if (inFlight > 0) {
      event.preventDefault();
      var submitter = event.submitter;
      afterSaves = function () {
        if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
      };
      return;
    }
    leaving = true;
    clearTimeout(retryTimer);
    // What this page still has in the outbox becomes what the submit stores, so that sending it later (if the
    // submit fails on the way) stores the same again and never an older answer over the submitted one.
    var entries = outbox();
    entries.forEach(function (entry) {
      var fieldset = fieldsetOf(entry.code);
      if (fieldset && !fieldset.disabled) { entry.payload = body(fieldset); }
    });
    keep(entries);
    // drafts of this page are no longer needed once the full submit succeeds
    fieldsets.forEach(function (fieldset) {
      forget(draftPrefix + fieldset.dataset.code);
    });
  });

  window.addEventListener('online', function () {
    retryDelay = FIRST_RETRY;
    drain();
  });
  window.addEventListener('offline', function () {
    if (outbox().length) { troubled = true; showOutbox(); }
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) { leaving = false; drain(); }
  });
  // --- updates of carried-over actions ---
  // An update of an action carried over from an earlier year is sent on its own, without leaving the page: the answers
  // being typed stay on the page and keep saving themselves. Its controls sit in the indicator's card but belong to
  // their own form (the form attribute), so the listeners above ignore them. Without this script the form posts and
  // the server comes back to the indicator.
  function control(updateForm, name) {
    return document.getElementById(updateForm.id + '-' + name);
  }
  function say(updateForm, message, problem) {
    var place = control(updateForm, 'result');
    place.textContent = message;
    place.className = 'update-result ' + (problem ? 'problem' : 'saved');
    control(updateForm, 'note').setAttribute('aria-invalid', problem ? 'true' : 'false');
  }
  // the line of the action (one per indicator card it is shown in) now says its new status
  function showStatus(action) {
    document.querySelectorAll('.carried-action[data-action="' + action.id + '"] .carried-line span').forEach(function (line) {
      line.hidden = line.dataset.status !== action.status;
    });
  }
  document.querySelectorAll('form.action-update-form').forEach(function (updateForm) {
    updateForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = document.querySelector('button[form="' + updateForm.id + '"]');
      var note = control(updateForm, 'note');
      button.disabled = true;
      fetch(updateForm.action, {
        method: 'POST',
        headers: headers(),
        credentials: 'same-origin',
        body: JSON.stringify({ status: control(updateForm, 'status').value, note: note.value })
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, status: response.status, json: json }; },
          function () { return { ok: false, status: response.status, json: null }; });
      }).then(function (result) {
        if (result.ok) {
          showStatus(result.json);
          note.value = '';
          say(updateForm, updateForm.dataset.msgRecorded, false);
          return;
        }
        var error = result.json && result.json.errors && result.json.errors.length ? result.json.errors[0].message : result.status;
        say(updateForm, updateForm.dataset.msgError + error, true);
      }, function () {
        say(updateForm, updateForm.dataset.msgError + updateForm.dataset.msgOffline, true);
      }).then(function () {
        button.disabled = false;
      });
    });
  });

  // answers left from an earlier visit: the page says they wait, and then that all are saved
  if (waitingAtLoad.length) { troubled = true; }
  drain();
})();
