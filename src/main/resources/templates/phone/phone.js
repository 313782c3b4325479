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
  // a page the browser brings back from its history is usable again
  window.addEventListener("pageshow", function (e) {
    if (e.persisted) d.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
  });
  if (!main || !window.EventSource) return;
  var url = main.getAttribute("data-events"), self = main.getAttribute("data-self") || location.pathname;
  var last = null, source = null, wait, again, opened = 0, failed = 0, stale = false, evicted = false, over = false;
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
  // was being typed kept. A page nobody looks at waits until it is shown: drawing it tells the hub
  // that the call was seen, and the SMS saying it would not be sent.
  function page(e) {
    if (e) last = e.lastEventId;
    if (d.hidden) { stale = true; return; }
    stale = false;
    fetch(self, { cache: "no-store" }).then(function (r) {
      if (!r.ok) { location.replace(self); return null; }
      return r.text();
    }).then(function (html) {
      if (html === null) return;
      var next = new DOMParser().parseFromString(html, "text/html");
      var body = next.querySelector("main");
      if (!body) { location.replace(self); return; }
      main.querySelectorAll("input[type=tel][id],textarea[id]").forEach(function (f) {
        var n = body.querySelector("#" + f.id);
        if (n && f.value) { if (n.tagName === "TEXTAREA") n.textContent = f.value; else n.setAttribute("value", f.value); }
      });
      main.innerHTML = body.innerHTML;
      d.title = next.title;
      bind(main);
      // a ticket done with (served, gone, the day over) has nothing more to hear
      if (!body.hasAttribute("data-events")) { over = true; clearTimeout(again); source.close(); }
    }).catch(function () {
      // no network between the news and the page: what is shown stays, and is drawn again once back
      stale = true; offline(true);
    });
  }
  d.addEventListener("visibilitychange", function () {
    if (d.hidden) return;
    if (stale) page();
    if (evicted) { evicted = false; open(); }
  });
  // the stream says which state the page shows (the last event's id), so only what it missed is sent
  function open() {
    clearTimeout(again);
    if (over) return;
    if (source) source.close();
    source = new EventSource(last === null ? url : url.replace(/([?&]v=)[^&]*/, "$1" + encodeURIComponent(last)));
    source.addEventListener("place", place);
    source.addEventListener("page", page);
    // the ticket is open in too many tabs: this one waits until it is looked at again
    source.addEventListener("evicted", function () { source.close(); evicted = true; });
    // how many times the stream opened, on the page itself (a node's failure drill reads it)
    source.onopen = function () { clearTimeout(wait); failed = 0; offline(false); main.setAttribute("data-opened", ++opened); };
    // no connection: what is shown stays, with the time it was true, and a line says so (not for
    // the quick reconnection after the server ends a long stream)
    source.onerror = function () {
      clearTimeout(wait);
      wait = setTimeout(function () { if (source.readyState !== 1 && !evicted && !over) offline(true); }, 8000);
      // an answer that was no stream (a node full or restarting, a proxy's error page) ends the
      // browser's own retries: the page tries again itself, later each time (up to five minutes)
      if (source.readyState === 2 && !evicted && !over) {
        again = setTimeout(open, Math.min(300000, 10000 * Math.pow(2, failed++)) * (1 + Math.random()));
      }
    };
  }
  // the phone says it lost its network: the stream is dropped at once, and opened again when it is back
  window.addEventListener("offline", function () { if (source) source.close(); clearTimeout(again); offline(true); });
  window.addEventListener("online", function () { open(); if (stale) page(); });
  open();
})();
