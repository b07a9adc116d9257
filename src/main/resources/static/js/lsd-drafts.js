  // keeps what was typed when the link drops: the draft stays in this browser until the form is sent
  (function () {
    var f = document.querySelector('form.keep-draft'); if (!f || !window.localStorage) return;
    var k = 'draft:' + f.dataset.draft;
    try { var d = JSON.parse(localStorage.getItem(k) || '{}');
      Object.keys(d).forEach(function (n) { var e = f.elements[n]; if (e && !e.value) { if (e.type === 'checkbox') e.checked = d[n] === 'true'; else e.value = d[n]; } }); } catch (e) { }
    f.addEventListener('input', function () { var d = {}; Array.prototype.forEach.call(f.elements, function (e) {
      if (e.name && e.name !== '_csrf') d[e.name] = e.type === 'checkbox' ? String(e.checked) : e.value; }); localStorage.setItem(k, JSON.stringify(d)); });
    f.addEventListener('submit', function () { localStorage.removeItem(k); });
  })();
