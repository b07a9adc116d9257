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
  // A select marked data-go-to-value opens the page its chosen option names (CSP forbids inline onchange handlers).
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select && select.id === 'scope-select' && select.form) {
      select.form.submit();
    } else if (select && select.hasAttribute && select.hasAttribute('data-go-to-value') && select.value
        && select.value.charAt(0) === '/' && select.value.charAt(1) !== '/') {
      location.href = select.value;
    }
  });
  // A button marked data-print prints the page (CSP forbids inline onclick handlers).
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('[data-print]') : null;
    if (button) {
      window.print();
    }
  });
  // A destructive action (class danger, data-confirm="question"; platform/fragments/ui :: dangerButton) asks first:
  // cancelling the browser's confirmation sends nothing. Without script the form posts as before (the server checks).
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
  // Wide tables scroll inside their own box instead of pushing the page sideways (issue 12 sweep: no horizontal
  // overflow at 1400 or 1024 px): a table of the content that is not already in a .table-wrap gets one.
  function wrapTables(root) {
    var tables = (root || document).querySelectorAll('main table');
    Array.prototype.forEach.call(tables, function (table) {
      var parent = table.parentElement;
      if (!parent || parent.closest('.table-wrap') || parent.closest('table') || parent.closest('svg')) {
        return;
      }
      var wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      parent.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { wrapTables(document); });
  document.addEventListener('htmx:afterSwap', function (event) { wrapTables(event.target); });
})();
