/* Site search: Material's header search box driven by Pagefind's JS API, one index per language.
 *
 * The language knowledge (Kazakh stems, Latin look-alikes, how much a Russian or English word may lose to
 * Pagefind's stemmer, glossary keys) is curriculum/search/query.py, run here on the tables the build writes to
 * assets/search-data.json; tests/search/test_browser_search.py checks that both give the same answers.
 * Nothing is downloaded before the student focuses the search box; then only the fragments a query needs.
 */
(function () {
  "use strict";

  // --- The core: the functions of curriculum/search/query.py --------------------------------------------------------

  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
  const CYRILLIC = /[\u0400-\u04ff]/;
  const LATIN = /[A-Za-z]/;
  let tables = null;
  const memo = new Map();

  function cached(name, key, compute) {
    const full = name + "\u0000" + key;
    if (!memo.has(full)) memo.set(full, compute());
    return memo.get(full);
  }

  function normaliseWord(word) {
    word = word.normalize("NFC");
    if (CYRILLIC.test(word) && LATIN.test(word)) {
      // Before lower-casing: Latin H imitates Cyrillic Н, while Latin h imitates Kazakh һ.
      word = Array.from(word, (ch) => tables.lookAlikes[ch] || ch).join("");
    }
    return word.toLowerCase();
  }

  function fold(word) {
    return word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  }

  function queryWords(text) {
    return (text.match(WORD) || []).map(normaliseWord);
  }

  function harmony(word) {
    const kk = tables.kk;
    const letters = Array.from(word.toLowerCase());
    for (let i = letters.length - 1; i >= 0; i--) {
      if (kk.back.includes(letters[i])) return "back";
      if (kk.front.includes(letters[i])) return "front";
    }
    return "back";
  }

  function isVowel(letter) {
    return tables.kk.back.includes(letter) || tables.kk.front.includes(letter);
  }

  function kazakhStem(word) {
    word = normaliseWord(word);
    return cached("kk", word, () => {
      if (!CYRILLIC.test(word)) return word;
      const kk = tables.kk, endings = kk.endings;
      const letters = Array.from(word);
      for (let end = kk.minStem; end < letters.length; end++) {
        const stem = letters.slice(0, end).join("");
        const list = endings[harmony(stem)][letters[end - 1]];
        if (list !== undefined && endings.lists[list].includes(letters.slice(end).join(""))) {
          // A voiced к, қ, п before a vowel-initial ending (әкімдіг+і): cut before it, «әкімді» (search.py says why).
          const voiced = kk.voiced.includes(letters[end - 1]) && isVowel(letters[end]) &&
            letters.slice(0, end).filter(isVowel).length >= kk.voicingSyllables;
          return voiced ? letters.slice(0, end - 1).join("") : stem;
        }
      }
      return word;
    });
  }

  function shortestCut(word, steps, from, keep) {
    if (from === steps.length) return word;
    return cached("cut" + from + ":" + keep, word + "\u0000" + steps.length, () => {
      let best = shortestCut(word, steps, from + 1, keep);
      for (const ending of steps[from]) {
        let cut = null;
        if (ending === "*") {
          if (tables.en.doubled.includes(word.slice(-2))) cut = word.slice(0, -1);
        } else if (word.endsWith(ending)) {
          cut = word.slice(0, word.length - ending.length);
        }
        if (cut !== null && cut.length >= keep) {
          const candidate = shortestCut(cut, steps, from + 1, keep);
          if (candidate.length < best.length) best = candidate;
        }
      }
      return best;
    });
  }

  function firstVowel(word) {
    for (let i = 0; i < word.length; i++) if (tables.ru.vowels.includes(word[i])) return i;
    return -1;
  }

  function lightStem(word, lang) {
    word = normaliseWord(word);
    if (lang === "kk") return kazakhStem(word);
    if (lang === "ru" && CYRILLIC.test(word)) {
      word = word.replaceAll("ё", "е");
      const vowel = firstVowel(word);
      return vowel < 0 ? word : shortestCut(word, tables.ru.steps, 0, vowel + 1);
    }
    if (lang === "en" && LATIN.test(word)) return shortestCut(word, tables.en.steps, 0, tables.en.minStem);
    return word;
  }

  function keyStem(word, lang) {
    word = normaliseWord(word);
    if (lang === "kk") return kazakhStem(word);
    if (lang === "ru") {
      word = word.replaceAll("ё", "е");
      const vowel = firstVowel(word);
      if (vowel >= 0) {
        for (const ending of tables.ru.nominal) {
          if (word.endsWith(ending) && word.length - ending.length > vowel) return word.slice(0, -ending.length);
        }
      }
      return word;
    }
    word = word.replaceAll("’", "'");
    for (const [ending, replacement] of tables.en.plural) {
      if (word.endsWith(ending) && word.length - ending.length >= 3 &&
          !(word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"))) {
        return word.slice(0, -ending.length) + replacement;
      }
    }
    return word;
  }

  function searchQuery(text, lang) {
    const words = queryWords(text);
    const stems = words.map((w) => lightStem(w, lang));
    // Pagefind stems Russian and English itself; Kazakh it can only extend as a prefix, so it gets the stem.
    return { words, stems, pagefind: (lang === "kk" ? stems : words).join(" ") };
  }

  function commonPrefix(a, b) {
    const x = Array.from(a), y = Array.from(b);
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    return n;
  }

  function matchesWord(queryWord, queryStem, found) {
    const target = fold(queryWord), needed = Array.from(fold(queryStem)).length;
    const parts = [found, ...(found.match(WORD) || [])];
    return parts.some((part) => commonPrefix(fold(normaliseWord(part)), target) >= needed);
  }

  function isGenuine(query, matchedWords) {
    return query.words.every((word, i) => matchedWords.some((found) => matchesWord(word, query.stems[i], found)));
  }

  function termKey(text, lang) {
    return queryWords(text).map((w) => fold(keyStem(w, lang))).join(" ");
  }

  const core = {
    setTables(value) { tables = value; memo.clear(); },
    normaliseWord, fold, queryWords, kazakhStem, lightStem, keyStem, searchQuery, matchesWord, isGenuine, termKey,
  };
  globalThis.CurriculumSearch = core;

  // --- The interface: Material's search box, results and keyboard conventions ---------------------------------

  if (typeof document === "undefined") return;
  const PAGE = 10;
  const ENTRIES = 3;  // glossary entries shown at once; the others load when "more" is opened
  const HIGHLIGHT = "h";  // Material's own highlight parameter

  function highlightTarget() {
    const words = new URLSearchParams(location.search).getAll(HIGHLIGHT);
    const box = document.querySelector("[data-search-bundle]");
    if (!words.length || !box) return;
    const bundle = new URL(box.dataset.searchBundle, location.href);
    import(new URL("pagefind-highlight.js", bundle).href).then(() => {
      // Material styles <mark> in its typeset; Pagefind's yellow is not needed.
      new window.PagefindHighlight({ highlightParam: HIGHLIGHT, addStyles: false,
        markOptions: { className: "search-highlight", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *", ".headerlink"] } });
    });
  }

  function setUp() {
    const box = document.querySelector("[data-search-bundle]");
    if (!box) return;
    const toggle = document.getElementById("__search");
    const form = box.querySelector("form");
    const input = box.querySelector(".md-search__input");
    const meta = box.querySelector(".md-search-result__meta");
    const list = box.querySelector(".md-search-result__list");
    const scroll = box.querySelector(".md-search__scrollwrap");
    const config = JSON.parse(document.getElementById("__config").textContent);
    const t = (key, count) => (config.translations[key] || key).replace("#", String(count));
    const lang = document.documentElement.lang;
    const bundle = new URL(box.dataset.searchBundle, location.href);
    const root = new URL(box.dataset.searchRoot, location.href);
    const initializing = meta.textContent.trim();  // Material's "search is initializing", in the page's language
    let engine = null, ready = false, current = 0, shown = [], rendering = null, lastQuery = null;

    function load() {
      if (engine) return engine;
      engine = Promise.all([
        import(new URL("pagefind.js", bundle).href),
        fetch(new URL(box.dataset.searchTables, location.href)).then((r) => r.json()),
      ]).then(async ([pagefind, data]) => {
        core.setTables(data);
        // Result links under the site's own path (a sub-path, a mike version); a fixed meta tag lets the
        // browser cache serve the index again offline.
        await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, metaCacheTag: data.build });
        await pagefind.init();
        ready = true;
        return pagefind;
      });
      engine.catch(() => { engine = null; });
      return engine;
    }

    function open() {
      if (!toggle.checked) toggle.checked = true;
      if (!input.value) meta.textContent = t("search.result.placeholder");
      load();
    }

    function close() {
      toggle.checked = false;
      input.blur();
    }

    // The answer to a query: the pages, best first, and the glossary entries, the entry of the query's
    // own term first; no pages when Pagefind only found a shorter prefix of a query word.
    async function answer(text) {
      const pagefind = await load();
      const query = searchQuery(text, lang);
      const none = { query, pages: [], entries: [], glossaryAt: 0 };
      if (!query.words.length) return none;
      // Pagefind 1.5.2 loads only the index chunk a word falls in, so the words that extend it into the
      // next chunk are missed («әкім» lost 37 of 87 pages): load the chunk where its extensions end too.
      await Promise.all([pagefind.preload(query.pagefind),
        pagefind.preload(query.pagefind.split(" ").map((word) => word + "\uffff").join(" "))]);
      const [found, own, glossary] = await Promise.all([
        pagefind.search(query.pagefind),
        // Not a filter-only search: Pagefind 1.5.2 loads every index chunk for one (280 KB here).
        pagefind.search(query.pagefind, { filters: { term: termKey(text, lang) } }),
        pagefind.search(query.pagefind, { filters: { kind: "glossary" } }),
      ]);
      let results = found.results;
      if (results.length && !isGenuine(query, matchedWords(await results[0].data()))) results = [];
      // A query that is a form of a glossary term has its entry even when the words match nothing else.
      if (!results.length && !own.results.length) return none;
      const entryIds = new Set(glossary.results.map((r) => r.id));
      const ownIds = new Set(own.results.map((r) => r.id));
      const pages = results.filter((r) => !entryIds.has(r.id));
      const entries = [...own.results.map((r) => results.find((x) => x.id === r.id) || r),
        ...results.filter((r) => entryIds.has(r.id) && !ownIds.has(r.id))];
      // The glossary stands where its best entry ranks among the pages, first when the query is a term.
      const firstEntry = results.findIndex((r) => entryIds.has(r.id));
      const glossaryAt = ownIds.size || firstEntry < 0 ? 0 : results.slice(0, firstEntry).filter((r) => !entryIds.has(r.id)).length;
      return { query, pages, entries, glossaryAt };
    }
    core.answer = answer;

    async function search() {
      const ticket = ++current;
      const text = input.value;
      if (!text.trim()) {
        list.replaceChildren();
        meta.textContent = t("search.result.placeholder");
        return;
      }
      const { query, pages, entries, glossaryAt } = await answer(text);
      if (ticket !== current) return;
      lastQuery = query;
      // Material's unit is the page: the glossary's entries are one result, as sections of one page.
      shown = pages.map((r) => [r]);
      if (entries.length) shown.splice(glossaryAt, 0, Object.assign(entries, { isEntry: true }));
      meta.textContent = shown.length === 0 ? t("search.result.none")
        : shown.length === 1 ? t("search.result.one") : t("search.result.other", shown.length);
      list.replaceChildren();
      scroll.scrollTop = 0;
      rendering = null;
      await more(ticket);
    }

    async function more(ticket) {
      if (rendering || ticket !== current) return;
      const start = list.children.length;
      const batch = shown.slice(start, start + PAGE);
      if (!batch.length) return;
      rendering = Promise.all(batch.map((group) => group.isEntry
        ? Promise.all(group.slice(0, ENTRIES).map((r) => r.data())) : group[0].data()));
      const items = await rendering;
      rendering = null;
      if (ticket !== current) return;
      items.forEach((item, i) => list.append(Array.isArray(item) ? renderGlossary(item, batch[i].slice(ENTRIES)) : renderItem(item)));
    }

    input.addEventListener("focus", open);
    let pause = null;
    input.addEventListener("input", () => {
      // A query once typing pauses: each query loads index chunks and result fragments.
      current++;
      clearTimeout(pause);
      if (!ready && input.value.trim()) meta.textContent = initializing;
      pause = setTimeout(search, 200);
    });
    form.addEventListener("submit", (ev) => ev.preventDefault());
    form.addEventListener("reset", () => setTimeout(() => { search(); input.focus(); }));
    toggle.addEventListener("change", () => {
      if (toggle.checked) setTimeout(() => input.focus(), 250);  // after Material's opening transition
      else input.blur();
    });
    scroll.addEventListener("scroll", () => {
      if (scroll.scrollTop + scroll.clientHeight >= scroll.scrollHeight - 16) more(current);
    });

    document.addEventListener("keydown", (ev) => {
      if (ev.metaKey || ev.ctrlKey || ev.altKey) return;
      if (!toggle.checked) {
        const active = document.activeElement;
        const typing = active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
        if (!typing && (ev.key === "/" || ev.key === "s" || ev.key === "f")) {
          ev.preventDefault();
          open();
          input.focus();
          input.select();
        }
        return;
      }
      const links = [input, ...list.querySelectorAll(".md-search-result__link")];
      const at = links.indexOf(document.activeElement);
      if (ev.key === "Escape" || ev.key === "Tab") {
        ev.preventDefault();
        close();
      } else if (ev.key === "Enter" && document.activeElement === input) {
        ev.preventDefault();
        if (links.length > 1) links[1].click();
      } else if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && at >= 0) {
        ev.preventDefault();
        const next = (at + (ev.key === "ArrowDown" ? 1 : links.length - 1)) % links.length;
        links[next].focus();
      }
    });

    // The glossary as one result: its page, its best entries, the others under "more on this page".
    function renderGlossary(entries, later) {
      const item = element("li", "md-search-result__item");
      const first = entries[0];
      item.append(link(new URL(first.meta.url, root).href.split("#")[0], highlightWords(first, lastQuery), first.meta.section, "", true));
      for (const entry of entries) item.append(entryLink(entry));
      if (later.length) {
        const details = moreOnThisPage(later.length);
        details.addEventListener("toggle", async () => {
          if (details.dataset.loaded) return;
          details.dataset.loaded = "yes";
          for (const entry of await Promise.all(later.map((r) => r.data()))) details.append(entryLink(entry));
        });
        item.append(details);
      }
      return item;
    }

    // Material's folded "N more on this page" under a result; the caller adds the links.
    function moreOnThisPage(count) {
      const details = element("details", "md-search-result__more");
      const summary = element("summary");
      summary.tabIndex = -1;
      const label = element("div");
      label.textContent = count === 1 ? t("search.result.more.one") : t("search.result.more.other", count);
      summary.append(label);
      details.append(summary);
      return details;
    }

    function entryLink(entry) {
      // A glossary entry is a record of its own, which points at its place on the glossary page.
      return link(new URL(entry.meta.url, root).href, highlightWords(entry, lastQuery), entry.meta.title, entry.excerpt, false);
    }

    // Material's markup for a search result (its search/_/index.ts render functions), filled from Pagefind.
    function renderItem(page) {
      const words = highlightWords(page, lastQuery);
      const item = element("li", "md-search-result__item");
      // The page's title heading is the page itself, not one of its sections.
      const sections = page.sub_results.filter((s) => s.anchor && s.anchor.element !== "h1");
      const ownText = page.sub_results.find((s) => !s.anchor || s.anchor.element === "h1");
      item.append(link(page.url, words, page.meta.title, ownText ? ownText.excerpt : sections.length ? "" : page.excerpt, true));
      const ranked = sections.map((s) => [s, score(s)]).sort((a, b) => b[1] - a[1]);
      const top = ranked.length ? ranked[0][1] : 0;
      const best = ranked.filter(([, s], i) => i < 3 && s >= top / 2).map(([s]) => s);
      const rest = ranked.slice(best.length).map(([s]) => s);
      for (const section of best) item.append(link(section.url, words, section.title, section.excerpt, false));
      if (rest.length) {
        const details = moreOnThisPage(rest.length);
        details.append(...rest.map((s) => link(s.url, words, s.title, s.excerpt, false)));
        item.append(details);
      }
      return item;
    }

    function link(url, words, title, excerpt, parent) {
      const a = element("a", "md-search-result__link");
      a.tabIndex = -1;
      a.href = withHighlight(url, words);
      const article = element("article", "md-search-result__article md-typeset");
      if (parent) article.append(element("div", "md-search-result__icon md-icon"));
      const heading = element(parent ? "h1" : "h2");
      heading.textContent = title || "";
      article.append(heading);
      if (excerpt) {
        const teaser = element("p", "md-search-result__teaser");
        teaser.innerHTML = excerpt;  // Pagefind escapes the text and adds only <mark>
        article.append(teaser);
      }
      a.append(article);
      return a;
    }

    function withHighlight(url, words) {
      const target = new URL(url, location.origin);
      for (const word of words) target.searchParams.append(HIGHLIGHT, word);
      return target.pathname + target.search + target.hash;
    }
  }

  function matchedWords(page) {
    const words = page.content.split(/\s+/);
    return page.locations.map((i) => words[i]).filter(Boolean);
  }

  // The words Pagefind matched on that page, to be marked there: the forms the page really uses (of a
  // compound such as «inter-budgetary», the part that matched).
  function highlightWords(page, query) {
    const seen = new Set();
    for (const found of matchedWords(page)) {
      for (const word of queryWords(found)) {
        const matches = query.words.some((w, i) => matchesWord(w, query.stems[i], word));
        if (matches && seen.size < 8) seen.add(word);
      }
    }
    return [...seen];
  }

  function score(section) {
    return (section.weighted_locations || []).reduce((sum, l) => sum + l.balanced_score, 0);
  }

  function element(tag, className) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  function start() {
    setUp();
    highlightTarget();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
