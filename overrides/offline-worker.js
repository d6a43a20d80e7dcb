// Reading offline: the service worker of one version of the site (/2025/, /latest/, /dev/ each have their own).
//
// Its scope is the version's root, so that it also serves the search's own worker (pagefind/). A reader who
// chooses to keep a language (assets/offline.js) registers it and asks it to keep that language: it then
// keeps every file of offline/<lang>.json in a cache named after the version, the language and the build,
// and answers from the kept copies, from the network only what it does not keep.
//
// After each build curriculum/publishing/offline.py writes each language's home and digest below: a new
// deployment changes this file, the browser installs it again, and the new worker keeps each language the
// reader had kept — copying the unchanged files from the old cache, fetching the others — before it takes
// over and drops the old caches.
"use strict";

const LANGUAGES = /*languages*/{};
const PREFIX = "curriculum-offline ";
const HASH = "x-offline-hash";
const AT_ONCE = 6;

const root = new URL("./", self.location.href).href;
const ofRoot = PREFIX + root + " ";
const cacheName = (language) => ofRoot + language + " " + LANGUAGES[language][1];
const manifestUrl = (language) => new URL(`offline/${language}.json`, root).href;

// The languages the reader keeps: those with a cache of this version, of whatever build.
async function keptLanguages() {
  const names = await caches.keys();
  return Object.keys(LANGUAGES).filter((language) => names.some((name) => name.startsWith(ofRoot + language + " ")));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    for (const language of await keptLanguages()) await keep(language);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const current = new Set(Object.keys(LANGUAGES).map(cacheName));
    for (const name of await caches.keys()) {
      if (name.startsWith(ofRoot) && !current.has(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  const { type, language } = event.data || {};
  if (!(language in LANGUAGES)) return;
  if (type === "keep") {
    event.waitUntil(keep(language).then(() => tell({ type: "offline-kept", language }),
      (error) => tell({ type: "offline-failed", language, error: String(error) })));
  } else if (type === "forget") {
    event.waitUntil(forget(language).then(() => tell({ type: "offline-forgotten", language })));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(root)) return;
  event.respondWith(answer(request));
});

// The kept copy when there is one (the address without its query: ?h= search highlights, ?semester= filters),
// else the network.
async function answer(request) {
  const address = key(request.url);
  for (const language of Object.keys(LANGUAGES)) {
    const kept = await caches.match(address, { cacheName: cacheName(language) });
    if (kept) return kept;
  }
  return fetch(request);
}

function key(address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith("/index.html")) url.pathname = url.pathname.slice(0, -"index.html".length);
  return url.href;
}

async function keep(language) {
  const response = await fetch(manifestUrl(language), { cache: "no-cache" });
  if (!response.ok) throw new Error(`${manifestUrl(language)}: ${response.status}`);
  const manifest = await response.json();
  // The worker and the list come from different deployments (one is being published): try again later.
  if (manifest.build !== LANGUAGES[language][1]) throw new Error(`${manifestUrl(language)} is of another build than this worker`);
  const cache = await caches.open(cacheName(language));
  const older = [];
  for (const name of await caches.keys()) {
    if (name.startsWith(ofRoot + language + " ") && name !== cacheName(language)) older.push(await caches.open(name));
  }
  let done = 0, told = -1;
  const queue = manifest.files.slice();
  async function next() {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const [path, size, hash] = file;
      const url = new URL(path, root).href;
      if (!(await stamped(cache, url, hash))) {
        let copy = null;
        for (const old of older) if (!copy && await stamped(old, url, hash)) copy = await old.match(url);
        await cache.put(url, copy || await fetched(url, hash));
      }
      done += size;
      const percent = Math.floor((100 * done) / manifest.bytes);
      if (percent !== told) await tell({ type: "offline-progress", language, percent: (told = percent) });
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, next));
  await cache.put(manifestUrl(language), new Response(JSON.stringify(manifest), { headers: { "content-type": "application/json" } }));
}

async function forget(language) {
  for (const name of await caches.keys()) if (name.startsWith(ofRoot + language + " ")) await caches.delete(name);
}

async function stamped(cache, url, hash) {
  const kept = await cache.match(url);
  return kept !== undefined && kept.headers.get(HASH) === hash;
}

async function fetched(url, hash) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(HASH, hash);
  // A new response: one that came through a redirect could not answer a page's navigation.
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) client.postMessage(message);
}
