(function () {
  var d = document, main = d.querySelector("main[data-events]");
  // a tap sends a form once: the button waits for the answer
  function bind(root) {
    root.querySelectorAll("form").forEach(function (f) {
      f.addEventListener("submit", function () {
        setTimeout(function () { f.querySelectorAll("button").forEach(function (b) { b.disabled = true; }); }, 0);
      });
    });
  }
  bind(d);
  if (!main || !window.EventSource) return;
  var source = new EventSource(main.getAttribute("data-events"));
  function byId(id) { return d.getElementById(id); }
  function text(id, value) { var e = byId(id); if (e) e.textContent = value; }
  function online() { var o = byId("offline"); if (o) o.hidden = true; }
  // only the place moved: two texts and the time change, nothing else is sent
  source.addEventListener("place", function (e) {
    var m = JSON.parse(e.data);
    text("ahead", m.ahead); text("wait", m.wait); text("updated", m.updated);
    online();
  });
  // the ticket itself changed (called, served, sent home): the page is drawn again in place, what
  // was being typed kept; a full reload only where that fails
  source.addEventListener("page", function () {
    fetch(location.href, { cache: "no-store" }).then(function (r) {
      if (!r.ok) throw r.status;
      return r.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, "text/html").querySelector("main");
      if (!next) throw "no page";
      main.querySelectorAll("input[type=tel][id],textarea[id]").forEach(function (f) {
        var n = next.querySelector("#" + f.id);
        if (n && f.value) { if (n.tagName === "TEXTAREA") n.textContent = f.value; else n.setAttribute("value", f.value); }
      });
      main.innerHTML = next.innerHTML;
      bind(main);
    }).catch(function () { location.reload(); });
  });
  var wait, opened = 0;
  // how many times the stream opened, on the page itself (a node's failure drill reads it)
  source.onopen = function () { clearTimeout(wait); online(); main.setAttribute("data-opened", ++opened); };
  // no connection: what is shown stays, with the time it was true, and a line says so (not for
  // the quick reconnection after the server ends a long stream)
  source.onerror = function () {
    clearTimeout(wait);
    wait = setTimeout(function () { var o = byId("offline"); if (o && source.readyState !== 1) o.hidden = false; }, 8000);
  };
})();
