// Field Support Platform shell script (owned by platform.web). No inline scripts: CSP is script-src 'self'.
(function () {
  'use strict';
  // htmx requests that change data carry the CSRF token from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && event.detail.verb !== 'get') {
      event.detail.headers[header.content] = token.content;
    }
  });
  // The scope form: switching the select submits it (the button stays for keyboard and no-JS users).
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select && select.id === 'scope-select' && select.form) {
      select.form.submit();
    }
  });
})();
