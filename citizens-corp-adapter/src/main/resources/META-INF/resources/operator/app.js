/* ИС ЦОН operator desk: a small single-page app over /api (see docs/api/citizens-corp-adapter.md, docs/web.md). */
(function () {
  'use strict';
  var t = function (k, v) { return I18n.t(k, v); };
  var $ = function (id) { return document.getElementById(id); };
  var state = { token: sessionStorage.getItem('egov.corp.token'), me: null, view: 'login', services: [], checklist: null,
    draft: null, receipt: null, request: null };

  /* ---------- HTTP ---------- */
  async function api(method, path, body) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': I18n.lang() };
    if (state.token) { headers.Authorization = 'Bearer ' + state.token; }
    var payload;
    if (body instanceof FormData) { payload = body; } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body);
    }
    var r;
    try { r = await fetch(path, { method: method, headers: headers, body: payload }); } catch (e) { throw new Error(t('error.network')); }
    var text = await r.text(), data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!r.ok) {
      if (r.status === 401 && path.indexOf('/api/auth/') !== 0) { signedOut(t('error.session')); }
      var err = new Error(data && data.title ? data.title + (data.detail ? ' — ' + data.detail : '') + (data.code ? ' [' + data.code + ']' : '') : 'HTTP ' + r.status);
      err.status = r.status; err.problem = data;
      throw err;
    }
    return data;
  }

  /* ---------- helpers ---------- */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; }
      else if (k.indexOf('on') === 0) { e.addEventListener(k.substring(2), attrs[k]); } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c != null) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function loc() { return I18n.lang() === 'kk' ? 'kk-KZ' : 'ru-RU'; }
  function when(iso) {
    if (!iso) { return '—'; }
    var d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toLocaleString(loc(), { dateStyle: 'short', timeStyle: 'short' });
  }
  function pairs(dl, list) {
    dl.textContent = '';
    list.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') { return; }
      dl.appendChild(el('dt', { text: p[0] }));
      dl.appendChild(el('dd', p[2] ? { text: String(p[1]), id: p[2] } : { text: String(p[1]) }));
    });
  }
  function show(msgEl, text, kind) {
    msgEl.textContent = text || '';
    msgEl.className = 'message' + (kind ? ' ' + kind : '');
    msgEl.hidden = !text;
  }
  function name(o) { return o ? (I18n.lang() === 'kk' ? (o.kk || o.nameKk || o.ru || o.nameRu) : (o.ru || o.nameRu || o.kk || o.nameKk)) : ''; }
  function maskIin(iin) { return iin && iin.length === 12 ? iin.substring(0, 2) + '********' + iin.substring(10) : iin; }
  function safeId(code) { return String(code).replace(/[^A-Za-z0-9_-]/g, '_'); }
  function agentError(e) {
    if (e.code && I18n.has('agent.' + e.code)) { return t('agent.' + e.code, { origin: location.origin }); }
    return e.message;
  }

  /* ---------- views ---------- */
  var VIEWS = ['login', 'desk', 'receipt', 'requests', 'unclaimed'];
  function go(view, focus) {
    state.view = view;
    VIEWS.forEach(function (v) { $(v + '-view').hidden = v !== view; });
    document.querySelectorAll('#nav [data-view]').forEach(function (b) {
      b.setAttribute('aria-current', b.dataset.view === view ? 'page' : 'false');
    });
    if (view === 'unclaimed') { loadUnclaimed(); }
    if (focus !== false) {
      var h = document.querySelector('#' + view + '-view h2');
      if (view === 'login') { $('login-iin').focus(); } else if (h) { h.tabIndex = -1; h.focus(); }
    }
  }

  async function signedIn() {
    var me = await api('GET', '/api/auth/me');
    state.me = me;
    $('nav').hidden = false; $('sign-out').hidden = false;
    $('user-name').textContent = me.surname + ' ' + me.givenName + ' · ' + me.branchName + ' (' + me.branchId + ')';
    checkAgent();
    await loadServices();
    go('desk');
  }
  function signedOut(message) {
    state.token = null; state.me = null;
    sessionStorage.removeItem('egov.corp.token');
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
      s.title = '';
      return st;
    } catch (e) {
      s.dataset.state = 'off'; s.textContent = t('agent.off'); s.title = agentError(e);
      return null;
    }
  }

  /* ---------- sign-in: password, or EDS over a one-time challenge ---------- */
  function opened(session) {
    state.token = session.token; sessionStorage.setItem('egov.corp.token', session.token);
    $('login-password').value = '';
    return signedIn();
  }
  $('login-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    $('login-error').textContent = '';
    $('login-submit').disabled = true;
    try {
      await opened(await api('POST', '/api/auth/sign-in', { login: $('login-iin').value.trim(), password: $('login-password').value }));
    } catch (e) { $('login-error').textContent = e.message; } finally { $('login-submit').disabled = false; }
  });
  $('login-eds').addEventListener('click', async function () {
    $('login-error').textContent = '';
    try {
      var ch = await api('POST', '/api/auth/eds/challenge');
      var cms = await EgovAgent.sign(EgovAgent.bytesToBase64(new TextEncoder().encode(ch.challenge)), 'ИС ЦОН: вход / кіру');
      await opened(await api('POST', '/api/auth/eds/sign-in', { challengeId: ch.challengeId, signature: cms }));
    } catch (e) { $('login-error').textContent = e.code ? agentError(e) : e.message; }
  });
  $('sign-out').addEventListener('click', async function () {
    try { await api('POST', '/api/auth/sign-out'); } catch (e) { /* ended anyway */ }
    signedOut('');
  });

  /* ---------- the desk: services, checklist, package check ---------- */
  async function loadServices() {
    state.services = await api('GET', '/api/services');
    renderServices();
  }
  function renderServices() {
    var sel = $('pkg-service'), chosen = sel.value;
    sel.textContent = '';
    sel.appendChild(el('option', { value: '', text: t('desk.chooseService') }));
    state.services.forEach(function (s) {
      sel.appendChild(el('option', { value: s.serviceCode, text: name(s) + ' — ' + s.serviceCode + ' (' + s.variantCode + ')' }));
    });
    sel.value = chosen;
  }
  $('pkg-service').addEventListener('change', loadChecklist);
  async function loadChecklist() {
    var code = $('pkg-service').value, body = $('checklist-body');
    body.textContent = ''; state.checklist = null; $('checklist-source').textContent = '';
    if (!code) { return; }
    try {
      var c = await api('GET', '/api/services/' + encodeURIComponent(code) + '/checklist');
      state.checklist = c;
      $('checklist-source').textContent = (c.sample ? t('desk.sample', { source: c.source || '' }) : (c.source || ''))
        + (c.refusalToAcceptAtStateCorporation ? ' ' + t('desk.refusesHere') : '');
      c.documents.forEach(function (d) {
        var id = 'doc-' + safeId(d.code), label = name(d.names) || d.code;
        var tr = el('tr', { id: id, 'data-code': d.code });
        tr.appendChild(el('td', {}, [el('label', { for: id + '-present', text: label }), el('small', { class: 'muted', text: d.code })]));
        tr.appendChild(el('td', { text: d.required ? t('yes') : t('no') }));
        tr.appendChild(el('td', {}, [el('input', { type: 'checkbox', id: id + '-present', 'data-code': d.code })]));
        tr.appendChild(el('td', {}, [d.hasExpiry ? el('input', { type: 'date', id: id + '-expires', 'aria-label': label + ': ' + t('col.expires') }) : el('span', { text: '—' })]));
        tr.appendChild(el('td', {}, [el('input', { type: 'file', id: id + '-scan', accept: 'application/pdf,image/jpeg,image/png', 'aria-label': label + ': ' + t('col.scan') })]));
        body.appendChild(tr);
      });
    } catch (e) { show($('pkg-message'), e.message, 'error'); }
  }

  $('package-form').addEventListener('reset', function () {
    setTimeout(function () { $('checklist-body').textContent = ''; state.checklist = null; $('draft-panel').hidden = true; show($('pkg-message'), ''); }, 0);
  });
  $('package-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    show($('pkg-message'), ''); $('draft-panel').hidden = true;
    var form;
    try { form = JSON.parse($('pkg-form').value || '{}'); } catch (e) { return show($('pkg-message'), t('desk.badJson'), 'error'); }
    var data = new FormData(), items = [];
    (state.checklist ? state.checklist.documents : []).forEach(function (d) {
      var id = 'doc-' + safeId(d.code), present = $(id + '-present').checked;
      var exp = $(id + '-expires'), file = $(id + '-scan').files[0];
      var item = { code: d.code, present: present, expiresOn: exp && exp.value ? exp.value : null, scan: null };
      if (present && file) {
        item.scan = safeId(d.code) + '-' + file.name;        // unique per document: items[].scan names the part
        data.append('scan', file, item.scan);
      }
      items.push(item);
    });
    var pkg = { citizenIin: $('pkg-iin').value.trim(), serviceCode: $('pkg-service').value, items: items,
      phone: $('pkg-phone').value.trim() || null, email: $('pkg-email').value.trim() || null,
      language: $('pkg-language').value, form: form };
    data.append('package', new Blob([JSON.stringify(pkg)], { type: 'application/json' }), 'package.json');
    $('pkg-check').disabled = true;
    try {
      var draft = await api('POST', '/api/packages', data);
      showDraft(draft);
    } catch (e) {
      if (e.problem && e.problem.refusalReceipt) {
        var rr = e.problem.refusalReceipt;
        remember(rr.number, null);
        showReceipt('REFUSAL', rr);
        show($('message'), t('receipt.refused', { n: rr.number }), 'error');
      } else { show($('pkg-message'), e.message, 'error'); }
    } finally { $('pkg-check').disabled = false; }
  });

  function showDraft(d) {
    state.draft = d;
    pairs($('draft-summary'), [[t('f.packageId'), d.packageId, 'draft-package-id'], [t('f.receiptNumber'), d.receiptNumber, 'draft-receipt-number'],
      [t('f.requestId'), d.requestId], [t('f.service'), d.serviceCode + ' / ' + d.variantCode],
      [t('f.sha'), d.documentSha256], [t('f.expectedDue'), when(d.expectedDueAt)]]);
    var text = EgovAgent.base64ToText(d.document);
    try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* as is */ }
    $('draft-preview').textContent = text;
    show($('draft-message'), '');
    $('draft-panel').hidden = false;
    checkAgent();
    $('sign-button').focus();
  }
  $('sign-button').addEventListener('click', async function () {
    var d = state.draft;
    if (!d) { return; }
    var btn = $('sign-button'); btn.disabled = true;
    show($('draft-message'), t('draft.signing'));
    try {
      var cms = await EgovAgent.sign(d.document, 'ИС ЦОН: пакет ' + d.packageId + ', расписка ' + d.receiptNumber);
      var receipt = await api('POST', '/api/packages/' + encodeURIComponent(d.packageId) + '/submit', { signature: cms });
      state.draft = null;
      remember(receipt.number, receipt.requestId);
      $('package-form').reset();
      showReceipt('ACCEPTANCE', receipt);
      show($('message'), t('receipt.givenAccept', { n: receipt.number, p: receipt.packageId }), 'ok');
    } catch (e) {
      show($('draft-message'), e.code ? agentError(e) : e.message, 'error');
    } finally { btn.disabled = false; }
  });

  /* ---------- receipts (print view) ---------- */
  function showReceipt(kind, r) {
    state.receipt = { kind: kind, content: r };
    renderReceipt();
    go('receipt');
    $('receipt-print').focus();
  }
  function renderReceipt() {
    var kind = state.receipt.kind, r = state.receipt.content, acc = kind === 'ACCEPTANCE';
    $('receipt').dataset.kind = kind;
    $('receipt').dataset.number = r.number;
    $('receipt-title').textContent = t(acc ? 'receipt.acceptance' : 'receipt.refusal', { n: r.number });
    $('receipt-branch').textContent = (r.branchName || '') + ' (' + (r.branchId || '') + ')';
    pairs($('receipt-fields'), [[t('f.receiptNumber'), r.number, 'receipt-number'],
      [t('f.packageId'), r.packageId, 'receipt-package-id'], [t('f.issuedAt'), when(r.issuedAt)],
      [t('f.applicant'), (r.applicantName || '') + ' · ' + t('f.iin') + ' ' + (r.applicantIin || '')],
      [t('f.service'), (I18n.lang() === 'kk' ? r.serviceNameKk : r.serviceNameRu) + ' (' + r.serviceCode + ', ' + r.variantCode + ')'],
      [t('f.requestId'), r.requestId], [t('f.due'), r.dueAt ? when(r.dueAt) : null],
      [t('f.reason'), (r.reasonCodes || []).join(', ')]]);
    $('receipt-docs-title').textContent = t(acc ? 'receipt.accepted' : 'receipt.missing');
    var tb = document.querySelector('#receipt-documents tbody'); tb.textContent = '';
    var lines = acc ? (r.documents || []) : (r.missing || []).concat(r.expired || []);
    lines.forEach(function (d) {
      tb.appendChild(el('tr', {}, [el('td', { text: (I18n.lang() === 'kk' ? d.nameKk : d.nameRu) + ' (' + d.code + ')' }),
        el('td', { text: d.expiresOn || '—' }), el('td', {}, [el('code', { text: d.scanSha256 || '—' })])]));
    });
    $('receipt-grounds').textContent = !acc && r.grounds ? t('receipt.grounds', { g: r.grounds }) : '';
    $('receipt-operator').textContent = r.operatorName || '';
  }
  $('receipt-print').addEventListener('click', function () { window.print(); });
  $('receipt-back').addEventListener('click', function () { show($('message'), ''); go('desk'); });
  $('receipt-lookup').addEventListener('click', async function () {
    var n = $('enquiry-receipt').value.trim() || prompt(t('receipt.ask'));
    if (!n) { return; }
    try {
      var s = await api('GET', '/api/receipts/' + encodeURIComponent(n.trim()));
      showReceipt(s.kind, s.content);
    } catch (e) { show($('message'), e.message, 'error'); }
  });

  /* ---------- requests: enquiry, recent, detail, hand-over ---------- */
  function recentKey() { return 'egov.corp.recent.' + (state.me ? state.me.branchId : ''); }
  function remember(receiptNumber, requestId) {
    var list = JSON.parse(localStorage.getItem(recentKey()) || '[]').filter(function (x) { return x.receiptNumber !== receiptNumber; });
    list.unshift({ receiptNumber: receiptNumber, requestId: requestId, at: new Date().toISOString() });
    localStorage.setItem(recentKey(), JSON.stringify(list.slice(0, 50)));
  }
  function renderRequests(list, caption) {
    var body = $('requests-body'); body.textContent = '';
    list.forEach(function (r) {
      var tr = el('tr', { id: 'request-row-' + r.requestId, 'data-request-id': r.requestId, 'data-receipt-number': r.receiptNumber || '',
        'data-state': r.state || '', 'data-business-status': r.businessStatus || '', class: r.readyForHandOver ? 'ready' : '' });
      [r.receiptNumber, r.packageId, (r.applicantName || '') + ' · ' + maskIin(r.applicantIin), r.serviceCode + ' / ' + r.variantCode,
        [r.state, r.technicalStatus, r.businessStatus].filter(Boolean).join(' · ') + (r.readyForHandOver ? ' ✔' : ''),
        when(r.dueAt), r.location ? r.location.holder : '—'].forEach(function (c) { tr.appendChild(el('td', { text: c == null ? '—' : String(c) })); });
      tr.appendChild(el('td', {}, [el('button', { type: 'button', id: 'open-' + r.requestId, text: t('open'),
        'aria-label': t('open') + ' ' + (r.receiptNumber || r.requestId), onclick: function () { openRequest(r.requestId); } })]));
      body.appendChild(tr);
    });
    $('requests-caption').textContent = caption;
    $('requests-table').dataset.count = String(list.length);
  }
  $('enquiry-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var n = $('enquiry-receipt').value.trim(), iin = $('enquiry-iin').value.trim();
    var qs = n ? 'receiptNumber=' + encodeURIComponent(n) : 'iin=' + encodeURIComponent(iin);
    try {
      var list = await api('GET', '/api/requests?' + qs);
      renderRequests(list, list.length ? t('requests.count', { n: list.length }) : t('requests.none'));
      show($('message'), '');
    } catch (e) { show($('message'), e.message, 'error'); }
  });
  async function loadRecent() {
    var recent = JSON.parse(localStorage.getItem(recentKey()) || '[]'), found = [];
    for (var i = 0; i < recent.length; i++) {
      try { found = found.concat(await api('GET', '/api/requests?receiptNumber=' + encodeURIComponent(recent[i].receiptNumber))); }
      catch (e) { /* a refusal receipt has no request */ }
    }
    renderRequests(found, t('requests.recentCaption', { n: found.length }));
  }
  $('requests-recent').addEventListener('click', loadRecent);

  async function openRequest(id) {
    if (!state.request || state.request.requestId !== id) {
      // the identity document's IIN typed for one citizen never stands in the next citizen's hand-over
      $('handover-form').reset();
    }
    go('requests', false);
    show($('request-message'), '');
    try {
      var r = await api('GET', '/api/requests/' + encodeURIComponent(id));
      state.request = r;
      renderRequest(r);
      $('request-detail').hidden = false;
      $('request-title').tabIndex = -1; $('request-title').focus();
    } catch (e) { show($('message'), e.message, 'error'); }
  }
  function renderRequest(r) {
    $('request-detail').dataset.requestId = r.requestId;
    $('request-title').textContent = t('request.title', { n: r.receiptNumber || r.requestId });
    pairs($('request-fields'), [[t('f.receiptNumber'), r.receiptNumber], [t('f.packageId'), r.packageId],
      [t('f.requestId'), r.requestId], [t('f.applicant'), (r.applicantName || '') + ' · ' + maskIin(r.applicantIin)],
      [t('f.service'), r.serviceCode + ' / ' + r.variantCode], [t('f.state'), r.state, 'request-state'],
      [t('f.technical'), r.technicalStatus], [t('f.business'), r.businessStatus, 'request-business-status'],
      [t('f.reason'), r.reasonCode], [t('f.provider'), r.providerId], [t('f.submittedAt'), when(r.submittedAt)],
      [t('f.due'), when(r.dueAt)], [t('f.ready'), r.readyForHandOver ? t('yes') : t('no')],
      [t('f.issued'), r.issuedAt ? when(r.issuedAt) + ' · ' + (r.issueMethod || '') : null],
      [t('f.holder'), r.location ? r.location.holder : null]]);
    var docs = $('request-documents'); docs.textContent = '';
    (r.documents || []).forEach(function (d) {
      docs.appendChild(el('li', { text: (I18n.lang() === 'kk' ? d.nameKk : d.nameRu) + ' (' + d.code + ')' + (d.expiresOn ? ' · ' + d.expiresOn : '') }));
    });
    var tl = $('request-timeline'); tl.textContent = '';
    (r.timeline || []).forEach(function (e) {
      tl.appendChild(el('li', {}, [el('time', { datetime: e.at || '', text: when(e.at) }), ' ' + e.kind + (e.detail ? ' — ' + e.detail : '')]));
    });
    var mv = $('request-movements'); mv.textContent = '';
    ((r.location && r.location.movements) || []).forEach(function (m) {
      mv.appendChild(el('li', {}, [el('time', { datetime: m.at || '', text: when(m.at) }), ' ' + m.movement + ' → ' + (m.holder || '')]));
    });
    var res = $('request-result'); res.textContent = '';
    if (r.resultAt) {
      res.appendChild(el('p', { text: t('request.resultKind', { k: r.resultKind || '' }) + ' ' + when(r.resultAt) }));
      api('GET', '/api/requests/' + encodeURIComponent(r.requestId) + '/result').then(function (sr) {
        var text = EgovAgent.base64ToText(sr.document);
        try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* as is */ }
        res.appendChild(el('pre', { id: 'request-result-document', tabindex: '0', text: text }));
      }).catch(function () { /* shown without the document */ });
    } else { res.appendChild(el('p', { class: 'muted', text: t('request.noResult') })); }
    $('handover-form').hidden = !r.readyForHandOver;
  }
  $('handover-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var r = state.request;
    try {
      var rec = await api('POST', '/api/requests/' + encodeURIComponent(r.requestId) + '/hand-over', {
        presentedIin: $('handover-iin').value.trim(), method: $('handover-method').value,
        email: $('handover-email').value.trim() || null });
      $('handover-form').reset();
      await openRequest(r.requestId);
      show($('request-message'), t('handover.done', { m: rec.method, s: rec.businessStatus }), 'ok');
    } catch (e) { show($('request-message'), e.message, 'error'); }
  });

  /* ---------- unclaimed results ---------- */
  async function loadUnclaimed() {
    try {
      var list = await api('GET', '/api/results/unclaimed?minAgeDays=' + (parseInt($('unclaimed-age').value, 10) || 0));
      var body = $('unclaimed-body'); body.textContent = '';
      list.forEach(function (u) {
        var tr = el('tr', { id: 'unclaimed-row-' + u.requestId, 'data-request-id': u.requestId });
        [u.receiptNumber, u.packageId, u.applicantName, u.serviceCode, u.resultKind, when(u.resultAt), u.ageDays]
          .forEach(function (c) { tr.appendChild(el('td', { text: c == null ? '—' : String(c) })); });
        tr.appendChild(el('td', {}, [el('button', { type: 'button', id: 'unclaimed-open-' + u.requestId, text: t('open'),
          onclick: function () { openRequest(u.requestId); } })]));
        body.appendChild(tr);
      });
      $('unclaimed-empty').hidden = list.length > 0;
      $('unclaimed-table').dataset.count = String(list.length);
    } catch (e) { show($('message'), e.message, 'error'); }
  }
  $('unclaimed-form').addEventListener('submit', function (ev) { ev.preventDefault(); loadUnclaimed(); });

  /* ---------- navigation, language, keyboard ---------- */
  document.querySelectorAll('#nav [data-view]').forEach(function (b) {
    b.addEventListener('click', function () { show($('message'), ''); go(b.dataset.view); });
  });
  document.querySelectorAll('[data-lang]').forEach(function (b) { b.addEventListener('click', function () { relabel(b.dataset.lang); }); });
  function relabel(lang) {
    I18n.set(lang);
    if (state.me) {
      renderServices(); checkAgent();
      (state.checklist ? state.checklist.documents : []).forEach(function (d) {  // relabel, keep what was ticked
        var l = document.querySelector('label[for="doc-' + safeId(d.code) + '-present"]');
        if (l) { l.textContent = name(d.names) || d.code; }
      });
    }
    if (state.receipt) { renderReceipt(); }
    if (state.request && !$('request-detail').hidden) { renderRequest(state.request); }
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      var to = { Digit1: 'desk', Digit2: 'requests', Digit3: 'unclaimed' }[e.code];
      if (to && state.me) { e.preventDefault(); go(to); return; }
      if (e.code === 'KeyL') { e.preventDefault(); relabel(I18n.lang() === 'ru' ? 'kk' : 'ru'); return; }
      if (e.code === 'KeyP' && state.view === 'receipt') { e.preventDefault(); window.print(); }
    }
  });

  /* ---------- start ---------- */
  I18n.apply();
  if (state.token) { signedIn().catch(function () { signedOut(''); }); } else { go('login'); }
})();
