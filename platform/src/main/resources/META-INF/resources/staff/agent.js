/* Client of the local signing agent (`./egov agent`, the NCALayer stand-in) on the user's own machine.
 * The key stays in the agent; the page sends the exact bytes (base64) and gets a detached CMS (base64) back.
 * The agent's address: ?agent=http://127.0.0.1:PORT once (remembered in this browser), else 127.0.0.1:13579.
 * Served by the platform module at /staff/agent.js, to /officer/ (mio-workstation) and /operator/
 * (citizens-corp-adapter). */
(function () {
  'use strict';
  var fromQuery = new URLSearchParams(location.search).get('agent');
  if (fromQuery && /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(fromQuery)) {
    localStorage.setItem('egov.agentUrl', fromQuery.replace(/\/$/, ''));
  }
  function base() { return localStorage.getItem('egov.agentUrl') || 'http://127.0.0.1:13579'; }

  function AgentError(code, detail) {
    var e = new Error(detail || code);
    e.code = code;
    return e;
  }

  async function call(path, init) {
    var r;
    try {
      r = await fetch(base() + path, Object.assign({ mode: 'cors', cache: 'no-store' }, init || {}));
    } catch (networkOrCors) {
      // not running, or this page's origin is not on the agent's allow-list (the browser hides the 403)
      throw AgentError('AGENT_UNREACHABLE', base());
    }
    var body = null;
    try { body = await r.json(); } catch (ignored) { /* no JSON */ }
    if (!r.ok) { throw AgentError((body && body.error) || ('HTTP_' + r.status), body && body.detail); }
    return body;
  }

  /* Base64 of bytes (Uint8Array) and of text (UTF-8). */
  function bytesToBase64(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) { s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)); }
    return btoa(s);
  }
  function base64ToText(b64) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return new TextDecoder('utf-8').decode(bytes);
  }

  window.EgovAgent = {
    url: base,
    /* {ready, subject{commonName, iin (masked), bin, organisation}, algorithm} */
    status: function () { return call('/status'); },
    /* data: base64 of the exact bytes; resolves to the CMS (base64). The user approves it at the agent. */
    sign: function (dataBase64, description) {
      return call('/sign', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: dataBase64, description: description || '' })
      }).then(function (a) { return a.cms; });
    },
    bytesToBase64: bytesToBase64,
    base64ToText: base64ToText
  };
})();
