/* ИС МИО officer workstation: a small single-page app over /api (see docs/api/mio-workstation.md, docs/web.md). */
(function () {
  'use strict';
  var t = function (k, v) { return I18n.t(k, v); };
  var $ = function (id) { return document.getElementById(id); };
  var PREPARERS = ['EXECUTOR', 'SPECIALIST', 'AUTHORISED_PERSON'];
  var ALL_ACTIONS = ['COMPLETE_STEP', 'ASSIGN_EXECUTOR', 'PREPARE_RESULT', 'PREPARE_REFUSAL', 'SIGN',
    'RETURN_FOR_REWORK', 'REFUSE_TO_ACCEPT', 'EXTEND_TERM', 'ISSUE'];
  /* the input rows each action needs; rows no suggested action needs stay hidden until such an action is chosen */
  var INPUT_ROWS = { 'action-executor-row': ['ASSIGN_EXECUTOR'], 'action-result-row': ['PREPARE_RESULT'],
    'action-refusal-row': ['PREPARE_REFUSAL', 'REFUSE_TO_ACCEPT'], 'action-days-row': ['EXTEND_TERM'] };
  var state = { token: sessionStorage.getItem('egov.mio.token'), me: null, view: 'login', caseId: null, current: null };

  /* ---------- HTTP ---------- */
  async function api(method, path, body, raw) {
    var headers = { 'Accept': raw ? '*/*' : 'application/json', 'Accept-Language': I18n.lang() };
    if (state.token) { headers.Authorization = 'Bearer ' + state.token; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    var r;
    try {
      r = await fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) { throw new Error(t('error.network')); }
    if (raw && r.ok) { return r; }
    var text = await r.text(), data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!r.ok) {
      if (r.status === 401 && path !== '/api/sign-in') { signedOut(t('error.session')); }
      var err = new Error(data && data.title ? data.title + (data.detail ? ' — ' + data.detail : '') + (data.code ? ' [' + data.code + ']' : '') : 'HTTP ' + r.status);
      err.status = r.status; err.problem = data;
      throw err;
    }
    return data;
  }

  /* ---------- small helpers ---------- */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; }
      else if (k.indexOf('on') === 0) { e.addEventListener(k.substring(2), attrs[k]); } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c != null) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function when(iso) {
    if (!iso) { return '—'; }
    var d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toLocaleString(I18n.lang() === 'kk' ? 'kk-KZ' : 'ru-RU', { dateStyle: 'short', timeStyle: 'short' });
  }
  function pairs(dl, list) {
    dl.textContent = '';
    list.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') { return; }
      dl.appendChild(el('dt', { text: p[0] }));
      dl.appendChild(el('dd', { text: String(p[1]) }));
    });
  }
  function show(msgEl, text, kind) {
    msgEl.textContent = text || '';
    msgEl.className = 'message' + (kind ? ' ' + kind : '');
    msgEl.hidden = !text;
  }
  function roleName(r) { return r ? t('role.' + r) + ' (' + r + ')' : '—'; }
  function maskIin(iin) { return iin && iin.length === 12 ? iin.substring(0, 2) + '********' + iin.substring(10) : iin; }
  function agentError(e) {
    if (e.code && I18n.has('agent.' + e.code)) { return t('agent.' + e.code, { origin: location.origin }); }
    return e.message;
  }

  /* ---------- views ---------- */
  var VIEWS = ['login', 'queue', 'search', 'case', 'walkin'];
  function go(view, focus) {
    state.view = view;
    VIEWS.forEach(function (v) { $(v + '-view').hidden = v !== view; });
    document.querySelectorAll('#nav [data-view]').forEach(function (b) {
      b.setAttribute('aria-current', b.dataset.view === view ? 'page' : 'false');
    });
    if (view === 'queue') { loadQueue(); }
    if (focus !== false) {
      var h = document.querySelector('#' + view + '-view h2');
      if (view === 'login') { $('login-iin').focus(); } else if (h) { h.tabIndex = -1; h.focus(); }
    }
  }

  function signedIn(me) {
    state.me = me;
    $('nav').hidden = false; $('sign-out').hidden = false;
    $('user-name').textContent = me.surname + ' ' + me.givenName + ' · ' + me.providerId + ' · '
      + me.roles.map(function (r) { return t('role.' + r); }).join(', ');
    var sel = $('queue-role'); sel.textContent = '';
    sel.appendChild(el('option', { value: '', text: t('queue.allRoles') }));
    me.roles.forEach(function (r) { sel.appendChild(el('option', { value: r, text: roleName(r) })); });
    checkAgent();
    go('queue');
  }
  function signedOut(message) {
    state.token = null; state.me = null;
    sessionStorage.removeItem('egov.mio.token');
    $('nav').hidden = true; $('sign-out').hidden = true; $('user-name').textContent = '';
    go('login');
    $('login-error').textContent = message || '';
  }

  async function checkAgent() {
    var s = $('agent-status');
    try {
      var st = await EgovAgent.status();
      s.dataset.state = 'ready';
      s.textContent = t('agent.ready', { cn: st.subject.commonName + (st.subject.iin ? ' (' + st.subject.iin + ')' : '') });
      return st;
    } catch (e) {
      s.dataset.state = 'off'; s.textContent = t('agent.off'); s.title = agentError(e);
      return null;
    }
  }

  /* ---------- sign-in ---------- */
  $('login-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    $('login-error').textContent = '';
    $('login-submit').disabled = true;
    try {
      var s = await api('POST', '/api/sign-in', { iin: $('login-iin').value.trim(), password: $('login-password').value });
      state.token = s.token; sessionStorage.setItem('egov.mio.token', s.token);
      $('login-password').value = '';
      signedIn(s.officer);
    } catch (e) {
      $('login-error').textContent = e.message;
    } finally { $('login-submit').disabled = false; }
  });
  $('sign-out').addEventListener('click', async function () {
    try { await api('POST', '/api/sign-out'); } catch (e) { /* ended anyway */ }
    signedOut('');
  });

  /* ---------- queue ---------- */
  function queueRow(q, search) {
    var open = el('button', { type: 'button', id: (search ? 'search-open-' : 'open-') + q.requestId, class: 'queue-open',
      'data-request-id': q.requestId, text: t('open'), 'aria-label': t('open') + ' ' + (q.incomingNumber || q.requestId),
      onclick: function () { openCase(q.requestId); } });
    var flags = [];
    if (q.stepOverdue || q.overdue) { flags.push(el('span', { class: 'badge late', text: t('overdue') })); }
    if (q.assignedToMe) { flags.push(el('span', { class: 'badge', text: t('assignedToMe') })); }
    if (q.awaitingRegistry) { flags.push(el('span', { class: 'badge', text: t('awaitingRegistry') })); }
    var cells = search
      ? [q.incomingNumber || q.requestId, q.serviceCode + ' / ' + q.variantCode, q.status, when(q.receivedAt)]
      : [q.incomingNumber || q.requestId, q.serviceCode + ' / ' + q.variantCode, q.channel, q.status,
        (q.stepNumber == null ? '—' : q.stepNumber + ' · ' + t('role.' + q.stepRole)), when(q.stepDueAt), when(q.dueAt), q.applicant];
    var tr = el('tr', { id: (search ? 'search-row-' : 'queue-row-') + q.requestId, 'data-request-id': q.requestId,
      'data-status': q.status, class: (q.stepOverdue || q.overdue) ? 'overdue' : '' });
    cells.forEach(function (c, i) {
      var td = el('td', { text: c == null ? '—' : String(c) });
      if (i === 0) { flags.forEach(function (f) { td.appendChild(document.createTextNode(' ')); td.appendChild(f); }); }
      tr.appendChild(td);
    });
    tr.appendChild(el('td', {}, [open]));
    return tr;
  }

  async function loadQueue() {
    var qs = new URLSearchParams();
    if ($('queue-role').value) { qs.set('role', $('queue-role').value); }
    if ($('queue-status').value) { qs.set('status', $('queue-status').value); }
    if ($('queue-overdue').value) { qs.set('overdue', $('queue-overdue').value); }
    var body = $('queue-body');
    try {
      var items = await api('GET', '/api/queue' + (qs.toString() ? '?' + qs : ''));
      body.textContent = '';
      items.forEach(function (q) { body.appendChild(queueRow(q, false)); });
      $('queue-empty').hidden = items.length > 0;
      $('queue-caption').textContent = t('queue.count', { n: items.length });
      $('queue-table').dataset.count = String(items.length);
      show($('message'), '');
    } catch (e) { show($('message'), e.message, 'error'); }
  }
  $('queue-filter').addEventListener('submit', function (ev) { ev.preventDefault(); loadQueue(); });
  ['queue-role', 'queue-status', 'queue-overdue'].forEach(function (id) { $(id).addEventListener('change', loadQueue); });

  /* ---------- search by IIN ---------- */
  $('search-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    try {
      var items = await api('GET', '/api/cases?iin=' + encodeURIComponent($('search-iin').value.trim()));
      var body = $('search-body'); body.textContent = '';
      items.forEach(function (q) { body.appendChild(queueRow(q, true)); });
      show($('message'), items.length ? '' : t('search.none'));
    } catch (e) { show($('message'), e.message, 'error'); }
  });

  /* ---------- a case ---------- */
  async function openCase(id) {
    if (state.caseId !== id) {
      // what was typed for one case (comment, ground, executor, days) never carries over to the next
      $('action-form').reset();
    }
    state.caseId = id;
    show($('action-message'), '');
    $('sign-panel').hidden = true;
    try {
      renderCase(await api('GET', '/api/cases/' + encodeURIComponent(id)));
      go('case');
    } catch (e) { show($('message'), e.message, 'error'); }
  }

  function renderCase(c) {
    state.current = c;
    var s = c.summary, r = c.request || {}, p = c.person;
    $('case-view').dataset.requestId = s.requestId;
    $('case-view').dataset.status = s.status;
    $('case-title').textContent = t('case.title', { n: s.incomingNumber || s.requestId });
    pairs($('case-summary'), [
      [t('f.incomingNumber'), s.incomingNumber], ['requestId', s.requestId], [t('f.receivedAt'), when(s.receivedAt)],
      [t('f.service'), s.serviceCode + ' / ' + s.variantCode], [t('f.channel'), s.channel],
      [t('f.status'), s.status], [t('f.stepDueAt'), s.stepDueAt ? when(s.stepDueAt) + (s.stepOverdue ? ' · ' + t('overdue') : '') : null],
      [t('f.dueAt'), s.dueAt ? when(s.dueAt) + (s.overdue ? ' · ' + t('overdue') : '') : null],
      [t('f.applicant'), s.applicant], [t('f.executor'), maskIin(c.assignedExecutor)], [t('f.origin'), c.origin],
      [t('f.language'), c.language], [t('f.packageId'), r.packageId], [t('f.receiptNumber'), r.receiptNumber],
      [t('f.signedAt'), c.signedAt ? when(c.signedAt) : null]]);
    // the person's EDS: a case exists only once the gateway and ИС МИО verified it (docs/api/mio-workstation.md)
    var sig = $('case-signature'); sig.textContent = '';
    var sub = r.submitter || {};
    sig.appendChild(el('p', { id: 'case-signature-result', class: 'ok', 'data-verified': 'true', text: '✔ ' + t('sig.ok') }));
    var dl = el('dl', { class: 'pairs' });
    pairs(dl, [[t('sig.role'), sub.role], [t('sig.iin'), maskIin(sub.iin)], [t('sig.bin'), sub.bin],
      [t('sig.channel'), r.channel], [t('sig.submittedAt'), when(r.submittedAt)]]);
    sig.appendChild(dl);
    // the form as filled in, and the applicant
    var form = [];
    if (r.applicant) {
      form.push([t('f.applicant'), [r.applicant.surname, r.applicant.givenName, r.applicant.patronymic].filter(Boolean).join(' ')
        + ' · ' + maskIin(r.applicant.iin)]);
      form.push(['☎', [r.applicant.phone, r.applicant.email].filter(Boolean).join(' · ')]);
    }
    Object.keys(r.form || {}).forEach(function (k) {
      var v = r.form[k];
      form.push([k, v !== null && typeof v === 'object' ? JSON.stringify(v) : v]);
    });
    pairs($('case-form'), form);
    pairs($('case-person'), p ? [[t('f.name'), [p.surname, p.givenName, p.patronymic].filter(Boolean).join(' ')],
      [t('f.birthDate'), p.birthDate], [t('f.address'), [p.addressKato, p.addressText].filter(Boolean).join(' · ')],
      [t('f.deceased'), p.deceased ? t('yes') + ' ' + (p.deathDate || '') : null]] : []);
    var att = $('case-attachments'); att.textContent = '';
    (r.attachments || []).forEach(function (a) {
      att.appendChild(el('li', {}, [el('strong', { text: a.fileName || a.documentCode || 'file' }),
        ' · ' + (a.documentCode || '') + ' · ' + a.mediaType + ' · ' + Math.round(a.size / 1024 * 10) / 10 + ' KiB · SHA-256 ',
        el('code', { text: a.sha256 })]));
    });
    if (!att.children.length) { att.appendChild(el('li', { class: 'muted', text: t('case.noAttachments') })); }
    // steps
    var steps = $('case-steps'); steps.textContent = '';
    (c.steps || []).forEach(function (st) {
      var cur = st.number === s.stepNumber && !c.finishedAt;
      steps.appendChild(el('li', { class: (cur ? 'current ' : '') + (st.performedHere ? '' : 'muted'), 'aria-current': cur ? 'step' : 'false' },
        [el('strong', { text: st.number + '. ' + t('role.' + st.role) }), ' — ' + (st.action || '') + (st.maxDuration ? ' (' + st.maxDuration + ')' : '')
          + (st.signsResult ? ' ✍' : '') + (st.registryCommands && st.registryCommands.length ? ' [' + st.registryCommands.join(', ') + ']' : '')]));
    });
    // timeline: received, actions, registry calls, signed, finished
    var events = [{ at: s.receivedAt, text: 'RECEIVED · ' + (s.incomingNumber || '') }];
    (c.actions || []).forEach(function (a) {
      events.push({ at: a.at, late: a.late, text: a.action + (a.stepNumber != null ? ' · ' + a.stepNumber + ' ' + t('role.' + a.stepRole) : '')
        + (a.officerIin ? ' · ' + maskIin(a.officerIin) : '') + (a.comment ? ' — ' + a.comment : '') });
    });
    (c.registry || []).forEach(function (k) {
      events.push({ at: k.sentAt, text: 'АИС «Рынок труда» ' + k.command + ' → ' + k.state + (k.reasonCode ? ' ' + k.reasonCode : '') });
    });
    if (c.finishedAt) { events.push({ at: c.finishedAt, text: (c.outcome || 'FINISHED') }); }
    events.sort(function (a, b) { return String(a.at).localeCompare(String(b.at)); });
    var tl = $('case-timeline'); tl.textContent = '';
    events.forEach(function (e) {
      tl.appendChild(el('li', { class: e.late ? 'late' : '' }, [el('time', { datetime: e.at || '', text: when(e.at) }), ' ' + e.text]));
    });
    // the current step and the draft
    var cur = (c.steps || []).find(function (x) { return x.number === s.stepNumber; });
    // closed = finished; a signed decision (outcome) may still wait for the office's issuing step
    $('case-step').textContent = c.finishedAt ? t('case.closed', { outcome: c.outcome || s.status })
      : (cur ? t('case.currentStep', { n: cur.number, role: t('role.' + cur.role), action: cur.action || '' }) : s.status)
        + (c.outcome ? ' · ' + t('case.decided', { outcome: c.outcome }) : '');
    $('case-draft').textContent = c.draft ? t('case.draft', { kind: c.draft.kind || '', code: c.draft.resultCode || c.draft.reasonCode || '' })
      + (c.draft.ground ? ' — ' + c.draft.ground : '') : '';
    renderActions(c);
  }

  /* Which actions fit the case now (the server decides; the others stay available below). */
  function suggested(c) {
    var s = c.summary, roles = state.me.roles, steps = c.steps || [], out = [];
    if (c.finishedAt) { return out; }
    var cur = steps.find(function (x) { return x.number === s.stepNumber; });
    var here = steps.filter(function (x) { return x.performedHere; });
    var regIdx = here.length ? here[0].index : -1;
    var signStep = steps.find(function (x) { return x.signsResult; });
    var signIdx = signStep ? signStep.index : -1;
    var mine = cur && roles.indexOf(cur.role) >= 0
      && (cur.role !== 'EXECUTOR' || !c.assignedExecutor || c.assignedExecutor === state.me.iin);
    if (mine) {
      var next = steps.find(function (x) { return x.index > cur.index && x.performedHere; });
      if (cur.index === regIdx && s.status === 'RECEIVED') { out.push('COMPLETE_STEP', 'REFUSE_TO_ACCEPT'); }
      else if (cur.index === signIdx) {
        if (PREPARERS.indexOf(cur.role) >= 0 && !c.draft) { out.push('PREPARE_RESULT', 'PREPARE_REFUSAL'); }
        if (c.draft) { out.push('SIGN'); }
        if (cur.role === 'HEAD' && c.draft) { out.push('RETURN_FOR_REWORK'); }
      } else if (signIdx >= 0 && cur.index > signIdx) { out.push('ISSUE'); }
      else if (cur.role === 'HEAD' && next && next.role === 'EXECUTOR') { out.push('ASSIGN_EXECUTOR'); }
      else {
        if (PREPARERS.indexOf(cur.role) >= 0) { out.push('PREPARE_RESULT', 'PREPARE_REFUSAL'); }
        out.push('COMPLETE_STEP');
        if (cur.role === 'HEAD' && c.draft) { out.push('RETURN_FOR_REWORK'); }
      }
      out.push('EXTEND_TERM');
    } else if (roles.indexOf('HEAD') >= 0) {
      if (cur && cur.index > regIdx && cur.index <= signIdx) { out.push('ASSIGN_EXECUTOR'); }
      out.push('EXTEND_TERM');
    }
    return out.filter(function (a, i) { return out.indexOf(a) === i; });
  }

  /** The actions the regulations provide for this case: no refusal the variant does not have (the catalog's). */
  function provided(c, action) {
    var r = c.refusals || {};
    if (action === 'REFUSE_TO_ACCEPT') { return !!r.toAccept; }
    if (action === 'PREPARE_REFUSAL') { return !!r.motivated; }
    return true;
  }

  function renderActions(c) {
    var box = $('action-buttons'); box.textContent = '';
    var all = suggested(c);
    var first = all.filter(function (a) { return provided(c, a); });
    var atRegistration = all.indexOf('REFUSE_TO_ACCEPT') >= 0;
    var open = !c.finishedAt;
    $('action-form').hidden = !open;
    var others = ALL_ACTIONS.filter(function (a) { return first.indexOf(a) < 0 && provided(c, a); });
    function button(a, primary) {
      var label = a === 'COMPLETE_STEP' && atRegistration ? t('action.REGISTER') : t('action.' + a);
      return el('button', { type: 'button', id: 'action-' + a, 'data-action': a, class: primary ? 'primary' : '',
        text: label, onclick: function () { act(a); } });
    }
    first.forEach(function (a) { box.appendChild(button(a, true)); });
    if (others.length && open) {
      box.appendChild(el('span', { class: 'muted other', text: '·' }));
      others.forEach(function (a) { box.appendChild(button(a, false)); });
    }
    // only the inputs the suggested actions need stay visible (all are reachable)
    var need = function (a) { return first.indexOf(a) >= 0; };
    Object.keys(INPUT_ROWS).forEach(function (row) {
      $(row).hidden = !INPUT_ROWS[row].some(need);
    });
    $('case-view').dataset.suggested = first.join(' ');
    $('case-view').dataset.channel = c.summary.channel || '';
  }

  async function act(action) {
    show($('action-message'), '');
    if (action === 'SIGN') { return prepareSigning(); }
    var hiddenRow = Object.keys(INPUT_ROWS).find(function (row) { return INPUT_ROWS[row].indexOf(action) >= 0 && $(row).hidden; });
    if (hiddenRow) {  // first show what this action needs; the next press performs it
      $(hiddenRow).hidden = false;
      $(hiddenRow).querySelector('input, select, textarea').focus();
      return;
    }
    var v = function (id) { var x = $(id).value.trim(); return x === '' ? null : x; };
    var body = { action: action, comment: v('action-comment') };
    if (action === 'ASSIGN_EXECUTOR') { body.executorIin = v('action-executor-iin'); }
    if (action === 'PREPARE_RESULT') { body.resultCode = v('action-result-code'); }
    if (action === 'PREPARE_REFUSAL') { body.reasonCode = v('action-reason-code'); body.ground = v('action-ground') || body.comment; }
    if (action === 'REFUSE_TO_ACCEPT') { body.reasonCode = v('action-reason-code') || 'PKG_DOCUMENTS_MISSING'; }
    if (action === 'EXTEND_TERM') { body.workingDays = parseInt($('action-working-days').value, 10) || 1; }
    try {
      var c = await api('POST', '/api/cases/' + encodeURIComponent(state.caseId) + '/actions', body);
      ['action-comment', 'action-ground', 'action-executor-iin', 'action-result-code'].forEach(function (id) { $(id).value = ''; });
      renderCase(c);
      show($('action-message'), t('action.done', { action: t('action.' + action), status: c.summary.status }), 'ok');
    } catch (e) { show($('action-message'), e.message, 'error'); }
  }

  /* SIGN: the exact bytes of GET result-document → the agent → POST SIGN with the CMS. */
  var pending = null;
  async function prepareSigning() {
    try {
      var r = await api('GET', '/api/cases/' + encodeURIComponent(state.caseId) + '/result-document', undefined, true);
      var bytes = new Uint8Array(await r.arrayBuffer());
      var text = new TextDecoder('utf-8').decode(bytes), pretty = text;
      try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* as is */ }
      pending = { requestId: state.caseId, data: EgovAgent.bytesToBase64(bytes) };
      $('sign-sha256').textContent = r.headers.get('X-Document-Sha256') || '';
      $('sign-preview').textContent = pretty;
      $('sign-panel').hidden = false;
      checkAgent();
      $('sign-button').focus();
    } catch (e) { show($('action-message'), e.message, 'error'); }
  }
  $('sign-button').addEventListener('click', async function () {
    if (!pending) { return; }
    var btn = $('sign-button'); btn.disabled = true;
    show($('action-message'), t('sign.signing'));
    try {
      var cms = await EgovAgent.sign(pending.data, 'ИС МИО: ' + ($('case-title').textContent || pending.requestId));
      var c = await api('POST', '/api/cases/' + encodeURIComponent(pending.requestId) + '/actions', { action: 'SIGN', signature: cms });
      pending = null;
      $('sign-panel').hidden = true;
      renderCase(c);
      show($('action-message'), t('sign.done') + ' ' + t('action.done', { action: t('action.SIGN'), status: c.summary.status }), 'ok');
    } catch (e) {
      show($('action-message'), e.code ? agentError(e) : e.message, 'error');
    } finally { btn.disabled = false; }
  });

  $('case-back').addEventListener('click', function () { go('queue'); });
  $('case-reload').addEventListener('click', function () { if (state.caseId) { openCase(state.caseId); } });

  /* ---------- walk-in ---------- */
  var walkIn = null;
  $('walkin-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    show($('walkin-result'), '');
    var form;
    try { form = JSON.parse($('walkin-form-json').value || '{}'); } catch (e) { return show($('walkin-result'), t('walkin.badJson'), 'error'); }
    var v = function (id) { var x = $(id).value.trim(); return x === '' ? null : x; };
    try {
      var prepared = await api('POST', '/api/walk-in', {
        serviceCode: v('walkin-service'), language: $('walkin-language').value, packageId: v('walkin-package-id'), form: form,
        applicant: { iin: v('walkin-iin'), surname: v('walkin-surname'), givenName: v('walkin-given-name'),
          patronymic: v('walkin-patronymic'), phone: v('walkin-phone'), email: v('walkin-email') } });
      walkIn = prepared;
      var text = EgovAgent.base64ToText(prepared.document);
      try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* as is */ }
      $('walkin-request-id').textContent = prepared.requestId;
      $('walkin-preview').textContent = text;
      $('walkin-sign-panel').hidden = false;
      checkAgent();
      $('walkin-sign').focus();
    } catch (e) { show($('walkin-result'), e.message, 'error'); }
  });
  $('walkin-sign').addEventListener('click', async function () {
    if (!walkIn) { return; }
    var btn = $('walkin-sign'); btn.disabled = true;
    show($('walkin-result'), t('sign.signing'));
    try {
      var cms = await EgovAgent.sign(walkIn.document, 'ИС МИО walk-in ' + walkIn.requestId);
      await api('POST', '/api/walk-in/' + encodeURIComponent(walkIn.requestId) + '/submit', { signature: cms });
      show($('walkin-result'), t('walkin.sent', { id: walkIn.requestId }), 'ok');
      $('walkin-result').dataset.requestId = walkIn.requestId;
      walkIn = null; $('walkin-sign-panel').hidden = true; $('walkin-form').reset();
    } catch (e) {
      show($('walkin-result'), e.code ? agentError(e) : e.message, 'error');
    } finally { btn.disabled = false; }
  });

  /* ---------- navigation, language, keyboard ---------- */
  document.querySelectorAll('#nav [data-view]').forEach(function (b) {
    b.addEventListener('click', function () { go(b.dataset.view); });
  });
  document.querySelectorAll('[data-lang]').forEach(function (b) {
    b.addEventListener('click', function () { relabel(b.dataset.lang); });
  });
  function relabel(lang) {
    I18n.set(lang);
    if (state.me) { signedInLabels(); }
    if (state.view === 'case' && state.current) { renderCase(state.current); }
    if (state.view === 'queue') { loadQueue(); }
  }
  function signedInLabels() {
    var me = state.me, sel = $('queue-role'), chosen = sel.value;
    $('user-name').textContent = me.surname + ' ' + me.givenName + ' · ' + me.providerId + ' · '
      + me.roles.map(function (r) { return t('role.' + r); }).join(', ');
    sel.textContent = '';
    sel.appendChild(el('option', { value: '', text: t('queue.allRoles') }));
    me.roles.forEach(function (r) { sel.appendChild(el('option', { value: r, text: roleName(r) })); });
    sel.value = chosen;
    checkAgent();
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey && !e.ctrlKey && !e.metaKey && state.me) {
      var to = { Digit1: 'queue', Digit2: 'search', Digit3: 'walkin' }[e.code];
      if (to) { e.preventDefault(); go(to); return; }
    }
    if (e.altKey && e.code === 'KeyL') { e.preventDefault(); relabel(I18n.lang() === 'ru' ? 'kk' : 'ru'); return; }
    // Esc leaves the case for the queue, but not from a field being filled in (it would lose the officer's place)
    var typing = e.target && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if (e.key === 'Escape' && state.view === 'case' && !typing) { e.preventDefault(); go('queue'); }
  });

  /* ---------- start ---------- */
  I18n.apply();
  if (state.token) {
    api('GET', '/api/me').then(signedIn).catch(function () { signedOut(''); });
  } else { go('login'); }
})();
