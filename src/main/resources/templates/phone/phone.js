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
  var url = main.getAttribute("data-events"), last = null, source = null, wait, again, opened = 0;
  function byId(id) { return d.getElementById(id); }
  function text(id, value) { var e = byId(id); if (e) e.textContent = value; }
  function offline(shown) { var o = byId("offline"); if (o) o.hidden = !shown; }
  // only the place moved: two texts and the time change, nothing else is sent
  function place(e) {
    last = e.lastEventId;
    var m = JSON.parse(e.data);
    text("ahead", m.ahead); text("wait", m.wait); text("updated", m.updated);
    offline(false);
  }
  // the ticket itself changed (called, served, sent home): the page is drawn again in place, what
  // was being typed kept; a full reload only where that fails
  function page(e) {
    last = e.lastEventId;
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
  }
  // the stream says which state the page shows (the last event's id), so only what it missed is sent
  function open() {
    clearTimeout(again);
    if (source) source.close();
    source = new EventSource(last === null ? url : url.replace(/([?&]v=)[^&]*/, "$1" + encodeURIComponent(last)));
    source.addEventListener("place", place);
    source.addEventListener("page", page);
    // how many times the stream opened, on the page itself (a node's failure drill reads it)
    source.onopen = function () { clearTimeout(wait); offline(false); main.setAttribute("data-opened", ++opened); };
    // no connection: what is shown stays, with the time it was true, and a line says so (not for
    // the quick reconnection after the server ends a long stream)
    source.onerror = function () {
      clearTimeout(wait);
      wait = setTimeout(function () { if (source.readyState !== 1) offline(true); }, 8000);
      // an answer that was no stream (a proxy's error page while a node restarts) ends the browser's
      // own retries: the page tries again itself, a little later
      if (source.readyState === 2) again = setTimeout(open, 10000 + Math.random() * 10000);
    };
  }
  // the phone says it lost its network: the stream is dropped at once, and opened again when it is back
  window.addEventListener("offline", function () { if (source) source.close(); clearTimeout(again); offline(true); });
  window.addEventListener("online", open);
  open();
})();
