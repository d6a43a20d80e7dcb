// Reading offline: the footer's offer to keep this language of this version on the reader's device.
// The reader first sees how much it will store (offline/<lang>.json, written at build time), then agrees; the
// version's worker (offline-worker.js at its root) keeps the files and tells its progress; "remove" forgets
// them, and the worker too once no language is kept. Where the browser cannot keep pages (no service
// workers, or a page not served over HTTPS) the offer stays hidden.
(function () {
  var box = document.querySelector("[data-offline]");
  if (!box || !("serviceWorker" in navigator) || !window.caches || !window.isSecureContext) return;
  var worker = new URL(box.dataset.worker, location.href).href;
  var root = new URL(box.dataset.root, location.href).href;
  var language = box.dataset.language;
  var manifestUrl = new URL(box.dataset.manifest, location.href).href;
  var ofRoot = "curriculum-offline " + root + " ";
  var states = {};
  box.querySelectorAll("[data-offline-state]").forEach(function (p) {
    states[p.dataset.offlineState] = p;
    p.dataset.template = p.textContent;
  });
  var keepButton = box.querySelector("[data-offline-keep]");
  var removeButton = box.querySelector("[data-offline-remove]");

  function megabytes(bytes) {
    var number = new Intl.NumberFormat(document.documentElement.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return box.dataset.megabytes.replace("{size}", number.format(bytes / 1e6));
  }

  function show(state, words) {
    Object.keys(states).forEach(function (name) {
      var p = states[name];
      p.hidden = name !== state;
      if (name === state) p.textContent = p.dataset.template.replace("{size}", (words || {}).size || "");
    });
    if (state === "saving") states.saving.textContent = box.dataset.saving.replace("{percent}", (words || {}).percent || "0%");
    keepButton.hidden = !(state === "offer" || state === "failed");
    removeButton.hidden = state !== "kept";
    box.dataset.state = state;
  }

  // The version's own registration (not one of a site above it).
  function registration() {
    return navigator.serviceWorker.getRegistration(root).then(function (found) {
      return found && found.scope === root ? found : null;
    });
  }

  function keptCaches() {
    return caches.keys().then(function (names) {
      return names.filter(function (name) { return name.indexOf(ofRoot) === 0; });
    });
  }

  // Kept: the worker is there and has a complete copy of this language (its list is stored last).
  function isKept() {
    return registration().then(function (found) {
      if (!found || !found.active) return null;
      return caches.match(manifestUrl).then(function (response) { return response ? response.json() : null; });
    });
  }

  function offer() {
    return fetch(manifestUrl, { cache: "no-cache" }).then(function (response) {
      if (!response.ok) throw new Error(manifestUrl + ": " + response.status);
      return response.json();
    }).then(function (manifest) { show("offer", { size: megabytes(manifest.bytes) }); });
  }

  function refresh() {
    return isKept().then(function (manifest) {
      if (manifest) show("kept", { size: megabytes(manifest.bytes) });
      else if (box.open) return offer();
    }).catch(function () { show("failed"); });
  }

  function active(found) {
    if (found.active) return Promise.resolve(found.active);
    var coming = found.installing || found.waiting;
    return new Promise(function (resolve, reject) {
      coming.addEventListener("statechange", function () {
        if (coming.state === "activated") resolve(coming);
        if (coming.state === "redundant") reject(new Error("the worker could not start"));
      });
    });
  }

  // The worker's answer about this language: resolves on "offline-<kind>", rejects on "offline-failed".
  function answer(kind) {
    return new Promise(function (resolve, reject) {
      function listen(event) {
        var data = event.data || {};
        if (data.language !== language) return;
        if (data.type === "offline-progress") show("saving", { percent: data.percent + "%" });
        if (data.type === "offline-" + kind || data.type === "offline-failed") {
          navigator.serviceWorker.removeEventListener("message", listen);
          if (data.type === "offline-failed") reject(new Error(data.error)); else resolve();
        }
      }
      navigator.serviceWorker.addEventListener("message", listen);
    });
  }

  keepButton.addEventListener("click", function () {
    show("saving", { percent: "0%" });
    navigator.serviceWorker.register(worker, { scope: root }).then(active).then(function (running) {
      var done = answer("kept");
      running.postMessage({ type: "keep", language: language });
      return done;
    }).then(refresh).catch(function () { show("failed"); });
  });

  removeButton.addEventListener("click", function () {
    registration().then(function (found) {
      if (!found || !found.active) return null;
      var done = answer("forgotten");
      found.active.postMessage({ type: "forget", language: language });
      return done.then(keptCaches).then(function (left) { return left.length ? null : found.unregister(); });
    }).then(offer).catch(function () { show("failed"); });
  });

  box.addEventListener("toggle", function () { if (box.open && !box.dataset.state) refresh(); });
  box.hidden = false;
  refresh();
})();
