/* Site search: Material's header search box driven by Pagefind's JS API, one index per language.
 *
 * The language knowledge (Kazakh stems, Latin look-alikes, how much a Russian or English word may lose to
 * Pagefind's stemmer, glossary keys) is curriculum/search/query.py, and the reading of a query typed without the
 * language's letters (on a Russian keyboard, in Latin letters) curriculum/search/spelling.py, run here on the
 * tables the build writes to assets/search-data.json; tests/search/test_browser_search.py checks that both give
 * the same answers. Nothing is downloaded before the student focuses the search box; then only the index chunks
 * and fragments a query needs, and for a word typed without the language's letters one group of the site's
 * words (assets/search-words/).
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
    if (lang === "en" && LATIN.test(word)) {
      return tables.en.ie.includes(word) ? word[0] : shortestCut(word, tables.en.steps, 0, tables.en.minStem);
    }
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

  // --- Queries typed without the language's letters: curriculum/search/spelling.py ---------------------------------

  const DIGIT = /\p{Nd}/u;
  const LATIN_LETTER = /[a-zäçğıñöşūü]/;

  function typingKey(word) {
    const table = tables.spelling.fold;
    return Array.from(word.toLowerCase(), (ch) => (ch in table ? table[ch] : ch)).join("");
  }

  function transliterations(word, table) {
    const longest = Math.max(...Object.keys(table).map((s) => Array.from(s).length));
    const letters = Array.from(word), pieces = [];
    let at = 0;
    while (at < letters.length) {
      let length = Math.min(longest, letters.length - at);
      for (; length > 0; length--) {
        let spelling = letters.slice(at, at + length).join("");
        if (at === 0 && Object.hasOwn(table, "^" + spelling)) spelling = "^" + spelling;
        if (Object.hasOwn(table, spelling)) { pieces.push(table[spelling]); break; }
      }
      if (length === 0) { pieces.push([letters[at]]); length = 1; }
      at += length;
    }
    // The first MAX_SPELLINGS of the product, the last piece varying fastest (itertools.product).
    const found = [], choice = pieces.map(() => 0);
    while (found.length < tables.spelling.maxSpellings) {
      found.push(pieces.map((piece, i) => piece[choice[i]]).join(""));
      let i = pieces.length - 1;
      while (i >= 0 && ++choice[i] === pieces[i].length) choice[i--] = 0;
      if (i < 0) break;
    }
    return found;
  }

  function needsRespelling(word, lang) {
    if (DIGIT.test(word) || Array.from(word).length < tables.kk.minStem) return false;
    if (lang === "kk") {
      return !Array.from(word).some((ch) => tables.spelling.kazakhLetters.includes(ch)) &&
        (CYRILLIC.test(word) || LATIN_LETTER.test(word));
    }
    if (lang === "ru") return LATIN_LETTER.test(word) && !CYRILLIC.test(word);
    return false;
  }

  function typedKeys(word) {
    if (CYRILLIC.test(word)) return [typingKey(word)];
    return [...new Set([word, ...transliterations(word, tables.spelling.latin.kk).map(typingKey)])];
  }

  // The site's words of one language, as far as loaded: group (first letters of the key) → sorted [key, word].
  function makeVocabulary() {
    const groups = new Map();
    return {
      add(words) {
        for (const word of words) {
          const key = typingKey(word), group = Array.from(key).slice(0, tables.spelling.group).join("");
          if (!groups.has(group)) groups.set(group, []);
          groups.get(group).push([key, word]);
        }
      },
      has(word) {
        const group = groups.get(Array.from(typingKey(word)).slice(0, tables.spelling.group).join(""));
        return Boolean(group && group.some(([, w]) => w === word));
      },
      startingWith(prefix) {
        const found = [];
        for (const [group, entries] of groups) {
          if (!(group.startsWith(prefix) || prefix.startsWith(group))) continue;
          for (const [key, word] of entries) if (key.startsWith(prefix)) found.push([key, word]);
        }
        found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        return found.map(([, word]) => word);
      },
    };
  }

  function realPrefixes(head, vocabulary) {
    const found = new Set(), length = Array.from(head).length, table = tables.spelling.fold;
    for (const word of vocabulary.startingWith(head)) {
      let real = "", keyLength = 0;
      for (const letter of word) {
        if (keyLength === length) break;
        real += letter;
        keyLength += Array.from(letter in table ? table[letter] : letter).length;
      }
      found.add(real);
    }
    return found;
  }

  let foldedEndingsTable = null;
  function foldedEndings() {
    if (foldedEndingsTable) return foldedEndingsTable;
    const endings = tables.kk.endings, result = {};
    for (const harmony of ["back", "front"]) {
      result[harmony] = {};
      for (const [letter, list] of Object.entries(endings[harmony])) {
        const byKey = new Map();
        for (const ending of [...endings.lists[list]].reverse()) byKey.set(typingKey(ending), ending);
        result[harmony][letter] = byKey;
      }
    }
    foldedEndingsTable = result;
    return result;
  }

  function endingAfter(stem, tail) {
    if (!tail) return "";
    const letters = Array.from(stem), row = foldedEndings()[harmony(stem)][letters[letters.length - 1]];
    return row && row.has(tail) ? row.get(tail) : null;
  }

  function syllables(word) {
    return Array.from(word).filter(isVowel).length;
  }

  let longestEnding = 0;
  function kazakhRespellings(word, vocabulary) {
    if (!longestEnding) {
      for (const rows of Object.values(foldedEndings())) {
        for (const row of Object.values(rows)) for (const key of row.keys()) longestEnding = Math.max(longestEnding, Array.from(key).length);
      }
    }
    const keys = typedKeys(word);
    // A form the site writes (in any reading of a Latin word): its stem is the one the correct spelling has.
    let stems = new Set();
    for (const key of keys) {
      for (const real of vocabulary.startingWith(key)) if (typingKey(real) === key) stems.add(kazakhStem(real));
    }
    if (!stems.size) for (const key of keys) analysed(key, vocabulary).forEach((stem) => stems.add(stem));
    // The most written first: the stem more of the site's words start with.
    const family = (stem) => vocabulary.startingWith(typingKey(stem)).filter((w) => w.startsWith(stem)).length;
    return [...stems].map((stem) => [-family(stem), stem])
      .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([, stem]) => stem);
  }

  // A form the site does not write: the shortest split «head + tail» whose head is a real stem and tail one
  // of its endings, unless a longer split's stem is a word the site writes, not inflected (spelling.py says why).
  function analysed(key, vocabulary) {
    const spelling = tables.spelling, kk = tables.kk;
    const letters = Array.from(key);
    const lemma = (stem) => vocabulary.has(stem) && kazakhStem(stem) === stem;
    // Of several splits into a word the site writes uninflected, the one whose word it writes in most forms
    // (curriculum/search/spelling.py).
    const forms = (stem) => vocabulary.startingWith(typingKey(stem)).filter((w) => kazakhStem(w) === stem).length;
    let shortest = null, words = null, best = -1;
    for (let end = Math.max(kk.minStem, letters.length - longestEnding); end <= letters.length; end++) {
      const head = letters.slice(0, end).join(""), tail = letters.slice(end).join("");
      const found = new Map();
      for (const stem of realPrefixes(head, vocabulary)) {
        const ending = endingAfter(stem, tail);
        if (ending === null) continue;
        const stemLetters = Array.from(stem);
        const voiced = ending && kk.voiced.includes(stemLetters[stemLetters.length - 1]) &&
          isVowel(Array.from(ending)[0]) && syllables(stem) >= kk.voicingSyllables;
        const sent = voiced ? stemLetters.slice(0, -1).join("") : stem;
        found.set(sent, found.get(sent) || lemma(stem));
      }
      const last = letters[end - 1];
      if (tail && Object.hasOwn(spelling.devoiced, last)) {
        for (const stem of realPrefixes(letters.slice(0, end - 1).join("") + spelling.devoiced[last], vocabulary)) {
          const stemLetters = Array.from(stem), final = stemLetters[stemLetters.length - 1];
          if (Object.hasOwn(spelling.voicing, final) && syllables(stem) >= kk.voicingSyllables) {
            const ending = endingAfter(stemLetters.slice(0, -1).join("") + spelling.voicing[final], tail);
            if (ending && isVowel(Array.from(ending)[0])) {
              const sent = stemLetters.slice(0, -1).join("");
              found.set(sent, found.get(sent) || lemma(stem));
            }
          }
        }
      }
      if (!shortest && found.size) shortest = new Set(found.keys());
      const lemmas = [...found].filter(([, isWord]) => isWord).map(([stem]) => stem);
      if (lemmas.length) {
        const count = Math.max(...lemmas.map(forms));
        if (count > best) { best = count; words = new Set(lemmas); }
      }
    }
    return words || shortest || new Set();
  }

  function readings(word, lang, vocabulary) {
    const asTyped = [word, lightStem(word, lang), fold(keyStem(word, lang))];
    if (!needsRespelling(word, lang)) return [asTyped];
    if (lang === "kk") {
      const stems = vocabulary ? kazakhRespellings(word, vocabulary) : [];
      const found = stems.slice(0, tables.spelling.maxSpellings).map((stem) => [stem, stem, fold(stem)]);
      return found.length ? found : [asTyped];
    }
    // As typed too (an English title, an abbreviation), when the index has a Latin word starting so.
    const written = !vocabulary || vocabulary.startingWith(word).length > 0;
    return [...transliterations(word, tables.spelling.latin.ru).map((t) => [t, lightStem(t, lang), fold(keyStem(t, lang))]),
      ...(written ? [asTyped] : [])];
  }

  function searchAlternatives(text, lang, vocabulary) {
    const words = queryWords(text);
    const perWord = words.map((w) => readings(w, lang, vocabulary));
    if (!perWord.length) return [];
    const first = perWord.map((r) => r[0]);
    const combinations = [first];
    // As typed, the words the index has so.
    if (lang !== "kk") combinations.push(perWord.map((r, i) => r.find((reading) => reading[0] === words[i]) || r[0]));
    perWord.forEach((r, at) => r.slice(1).forEach((reading) => combinations.push([...first.slice(0, at), reading, ...first.slice(at + 1)])));
    const alternatives = new Map();
    for (const reading of combinations) {
      const words = reading.map((r) => r[0]), stems = reading.map((r) => r[1]);
      const query = { words, stems, pagefind: (lang === "kk" ? stems : words).join(" ") };
      if (!alternatives.has(query.pagefind)) alternatives.set(query.pagefind, { query, key: reading.map((r) => r[2]).join(" ") });
    }
    return [...alternatives.values()].slice(0, tables.spelling.maxSpellings);
  }

  const core = {
    setTables(value) { tables = value; memo.clear(); foldedEndingsTable = null; longestEnding = 0; },
    normaliseWord, fold, queryWords, kazakhStem, lightStem, keyStem, searchQuery, matchesWord, isGenuine, termKey,
    typingKey, transliterations, needsRespelling, typedKeys, makeVocabulary, kazakhRespellings, searchAlternatives,
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
    const tablesUrl = new URL(box.dataset.searchTables, location.href);
    const initializing = meta.textContent.trim();  // Material's "search is initializing", in the page's language
    let engine = null, ready = false, current = 0, shown = [], rendering = null, lastQuery = null;

    function load() {
      if (engine) return engine;
      engine = Promise.all([
        import(new URL("pagefind.js", bundle).href),
        fetch(tablesUrl).then((r) => r.json()),
      ]).then(async ([pagefind, data]) => {
        core.setTables(data);
        // Result links under the site's own path (a sub-path, a mike version); a fixed meta tag lets the
        // browser cache serve the index again offline; the ranking is curriculum/search/index.py's.
        await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, metaCacheTag: data.build,
          ranking: data.ranking });
        await pagefind.init();
        ready = true;
        return pagefind;
      });
      engine.catch(() => { engine = null; });
      return engine;
    }

    // The site's words, loaded by group for a query word typed without the language's letters.
    const vocabulary = core.makeVocabulary();
    const wordFiles = new Map();
    function loadWords(words) {
      const files = (tables.words || {})[lang];
      if (!files) return Promise.resolve(null);
      const needed = new Set();
      for (const word of words) {
        if (!needsRespelling(word, lang)) continue;
        for (const key of lang === "kk" ? typedKeys(word) : [word]) {
          const group = Array.from(key).slice(0, tables.spelling.group).join("");
          const file = files.find(([from, to]) => from <= group && group <= to);
          if (file) needed.add(file[2]);
        }
      }
      return Promise.all([...needed].map((name) => {
        if (!wordFiles.has(name)) {
          const loading = fetch(new URL("search-words/" + name, tablesUrl)).then((r) => r.json()).then((list) => vocabulary.add(list));
          loading.catch(() => wordFiles.delete(name));
          wordFiles.set(name, loading);
        }
        return wordFiles.get(name);
      })).then(() => vocabulary);
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

    // One reading of the query: Pagefind's pages, the records filed under its key (the glossary entry and the
    // page of the query's own term, title or course code), and which results are glossary entries.
    async function answerOne(pagefind, { query, key }) {
      // Pagefind 1.5.2 loads only the index chunk a word falls in, so the words that extend it into the
      // next chunk are missed («әкім» lost 37 of 87 pages): load the chunk where its extensions end too.
      await Promise.all([pagefind.preload(query.pagefind),
        pagefind.preload(query.pagefind.split(" ").map((word) => word + "\uffff").join(" "))]);
      const [found, own, glossary] = await Promise.all([
        pagefind.search(query.pagefind),
        // Not a filter-only search: Pagefind 1.5.2 loads every index chunk for one (280 KB here).
        pagefind.search(query.pagefind, { filters: { term: key } }),
        pagefind.search(query.pagefind, { filters: { kind: "glossary" } }),
      ]);
      let results = found.results;
      if (results.length && !isGenuine(query, matchedWords(await results[0].data()))) results = [];
      return { results, own: own.results, entries: glossary.results };
    }

    // The answer to a query: the pages, best first, the page filed under the query's key (its title, its
    // course code) first; the glossary entries, the entry of the query's own term first; no pages when
    // Pagefind only found a shorter prefix of a query word. A query typed without the language's letters is
    // searched in each of its readings (curriculum/search/spelling.py) and the answers merged by score.
    async function answer(text) {
      const pagefind = await load();
      const words = queryWords(text);
      const alternatives = searchAlternatives(text, lang, await loadWords(words));
      const merged = { words: alternatives.flatMap((a) => a.query.words), stems: alternatives.flatMap((a) => a.query.stems) };
      const none = { query: merged, pages: [], entries: [], glossaryAt: 0 };
      if (!alternatives.length) return none;
      const answers = await Promise.all(alternatives.map((alternative) => answerOne(pagefind, alternative)));
      const best = new Map();
      for (const r of answers.flatMap((a) => a.results)) if (!best.has(r.id) || best.get(r.id).score < r.score) best.set(r.id, r);
      const results = [...best.values()].sort((a, b) => b.score - a.score);
      // Filed under the key of the query as typed first («e-Otinish» is a name as well as «e-Өтініш» read).
      const typedKey = termKey(text, lang);
      const byKey = [...answers.filter((a, i) => alternatives[i].key === typedKey), ...answers];
      const own = [...new Map(byKey.flatMap((a) => a.own).map((r) => [r.id, best.get(r.id) || r])).values()];
      // A query that is a form of a glossary term has its entry even when the words match nothing else.
      if (!results.length && !own.length) return none;
      const entryIds = new Set(answers.flatMap((a) => a.entries).map((r) => r.id));
      const ownIds = new Set(own.map((r) => r.id));
      const ownPages = own.filter((r) => !entryIds.has(r.id));
      const rest = results.filter((r) => !ownIds.has(r.id));
      const pages = [...ownPages, ...rest.filter((r) => !entryIds.has(r.id))];
      const entries = [...own.filter((r) => entryIds.has(r.id)), ...rest.filter((r) => entryIds.has(r.id))];
      // The glossary stands where its best entry ranks among the pages, first when the query is a term.
      const ownEntry = own.some((r) => entryIds.has(r.id));
      const firstEntry = rest.findIndex((r) => entryIds.has(r.id));
      const glossaryAt = ownEntry || firstEntry < 0 ? 0
        : ownPages.length + rest.slice(0, firstEntry).filter((r) => !entryIds.has(r.id)).length;
      return { query: merged, pages, entries, glossaryAt };
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
