// pgdocs serve: reloads this page when the site changed in a way that concerns it, and
// lists the diagnostics of a failed build over the page (the page itself is the last
// good build). Added to every page by the server; never part of a built site.
(function () {
  "use strict";
  var shown = window.PGDOCS_GENERATION || 0;
  var overlay = null;
  var page = decodeURIComponent(location.pathname.split("/").pop()) || "index.html";

  // Each change to the site counts one generation and names the pages it wrote (none:
  // all of them). A save shows its own pages first, then the others it reached: a page
  // reloads for the change that wrote it, and for any change it may have missed.
  function mustReload(state) {
    if (state.generation <= shown) { return false; }
    if (state.generation === shown + 1 && state.pages && state.pages.indexOf(page) < 0) {
      shown = state.generation;
      return false;
    }
    return true;
  }

  function count(n, what) {
    return n + " " + what + (n === 1 ? "" : "s");
  }

  function hideOverlay() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showOverlay(state) {
    hideOverlay();
    overlay = document.createElement("div");
    overlay.id = "pgdocs-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
      "background:rgba(20,20,20,.94);color:#f5f5f5;font:14px/1.5 monospace;white-space:pre-wrap";
    var head = document.createElement("h1");
    head.style.cssText = "font:bold 18px sans-serif;color:#ff8a80;margin:0 0 1em";
    head.textContent = "pgdocs: the build failed (" + count(state.errors, "error") + ", " +
      count(state.warnings, "warning") + "); " +
      (shown > 0 ? "this page is the last good build" : "nothing has been built yet");
    overlay.appendChild(head);
    state.diagnostics.forEach(function (d) {
      var line = document.createElement("div");
      line.className = "pgdocs-diagnostic " + d.severity;
      line.style.color = d.severity === "error" ? "#ff8a80" : "#ffe082";
      line.textContent = d.file + ":" + d.line + ":" + d.column + ": " + d.severity + ": " + d.message +
        " [" + d.rule + "]";
      overlay.appendChild(line);
    });
    var close = document.createElement("button");
    close.textContent = "Hide";
    close.style.cssText = "position:absolute;top:1em;right:1em";
    close.onclick = hideOverlay;
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  // One open stream per visible page: browsers allow six connections to a host, and
  // hidden tabs holding theirs would stall the seventh. A tab that comes back gets the
  // current state at once and reloads if it missed a build.
  var events = null;

  function connect() {
    if (events) { return; }
    // the page is named so that serve knows which open pages a change reloads
    events = new EventSource("/_pgdocs/events?page=" + encodeURIComponent(page));
    events.addEventListener("build", function (message) {
      var state = JSON.parse(message.data);
      if (mustReload(state)) {
        disconnect();
        location.reload();
      } else if (!state.ok) {
        showOverlay(state);
      } else {
        hideOverlay();
      }
    });
  }

  function disconnect() {
    if (events) { events.close(); events = null; }
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { disconnect(); } else { connect(); }
  });
  if (!document.hidden) { connect(); }
})();
