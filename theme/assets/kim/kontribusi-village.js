// The contribution form's village search (kontribusi.js): the official villages, one start of a
// name at a time, and, once one is chosen for a new KIM, the KIMs already in it.
import { fetchJSON, fold, nameCollator, nearPrefix, numberFormat, villageFileKey } from "./util.js";

// `update` and `proposeSlug`: the form's, once a village is chosen.
export function villageSearch({ C, form, el, state, data, fmt, yaml, messages, update, proposeSlug }) {
  const T = C.text;
  const { villageWord, placeText, worded } = yaml;
  const { withLinks } = messages;

  // data/desa/<two or three characters>.json: the villages whose name (without "desa",
  // "kel."...) starts with them, and their districts' and regencies' names; one small file
  // per start.
  const shards = new Map();
  let searchToken = 0;
  const collator = nameCollator();
  const numbers = numberFormat(C.lang);
  const LIMIT = 20;
  const PREFIX = new RegExp(C.villagePrefix);
  const stem = (folded) => folded.trim().replace(PREFIX, "");

  function loadShard(key) {
    if (!shards.has(key)) {
      const p = fetchJSON(data.desa + key + ".json").then((s) => ({
        rows: s.v.map((r) => [r[0], r[1], fold(r[1]), stem(fold(r[1]))]), districts: s.k, regencies: s.b,
      }));
      p.catch(() => shards.delete(key));
      shards.set(key, p);
    }
    return shards.get(key);
  }

  function placeFor(code, name, shard) {
    return {
      code, name,
      district: shard.districts[code.slice(0, 8)] || "",
      regency: shard.regencies[code.slice(0, 5)] || "",
      province: C.provinces[code.slice(0, 2)] || "",
    };
  }

  // Rank -1: the whole name starts with the whole query, its village word kept (`whole`):
  // "kampung gelgel" is Kampung Gelgel before its neighbour Gelgel, "negeri baru" Negeri Baru
  // before the 244 other Baru. Rank 0: the name starts with the query; 1: a word of it does;
  // 2: the first words start the name and the others name its district, regency or
  // province; 3: one typo.
  function match(shard, query, whole) {
    const found = [];
    const starts = (r, q) => r[3].startsWith(q) || r[2].startsWith(q);
    for (const r of shard.rows) {
      if (whole !== query && r[2].startsWith(whole)) found.push([-1, r]);
      else if (starts(r, query)) found.push([0, r]);
      else if (r[2].includes(" " + query)) found.push([1, r]);
    }
    const words = query.split(" ");
    for (let k = words.length - 1; !found.length && k >= 1; k--) {
      const head = words.slice(0, k).join(" ");
      const rest = words.slice(k);
      for (const r of shard.rows) {
        if (!starts(r, head)) continue;
        const around = fold(placeText(placeFor(r[0], r[1], shard)));
        if (rest.every((w) => around.includes(w))) found.push([2, r]);
      }
    }
    if (!found.length) for (const r of shard.rows) if (nearPrefix(query, r[3])) found.push([3, r]);
    found.sort((a, b) => a[0] - b[0] || collator.compare(a[1][1], b[1][1]) || (a[1][0] < b[1][0] ? -1 : 1));
    return found.map((f) => f[1]);
  }

  function search() {
    const token = ++searchToken;
    const whole = fold(el.q.value).replace(/\s+/g, " ").trim();
    const query = stem(whole);
    if ([...query].length < 2) {
      el.results.hidden = true;
      el.list.textContent = "";
      el.count.textContent = query ? T.kf_village_short : "";
      return;
    }
    const two = villageFileKey(query, 2);
    const key = C.letters.includes(two) ? two : villageFileKey(query, 3);
    if (key !== two && [...query].length < 3) {
      el.results.hidden = true;
      el.list.textContent = "";
      el.count.textContent = T.kf_village_short3; // "pa", "su"...: too many to list
      return;
    }
    if (!C.letters.includes(key)) return showResults([], null);
    el.count.textContent = T.kf_village_loading;
    loadShard(key).then((shard) => {
      if (token === searchToken) showResults(match(shard, query, whole), shard);
    }, () => {
      if (token === searchToken) el.count.textContent = T.kf_village_error;
    });
  }

  function showResults(found, shard) {
    el.list.textContent = "";
    if (!found.length) {
      el.results.hidden = true;
      el.count.textContent = fmt(T.kf_village_none, { q: el.q.value.trim() });
      return;
    }
    for (const [code, name] of found.slice(0, LIMIT)) {
      const p = placeFor(code, name, shard);
      const li = document.createElement("li");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "kf-desa";
      input.id = "kf-desa-" + code.replace(/\./g, "-");
      input.value = code;
      input.checked = !!state.place && state.place.code === code;
      input.addEventListener("change", () => choose(p));
      // the village chosen again (no change): its files, failed maybe, are asked for again
      input.addEventListener("click", () => { if (state.place && state.place.code === code) choose(p); });
      const label = document.createElement("label");
      label.htmlFor = input.id;
      label.textContent = placeText(p) + " ";
      const small = document.createElement("span");
      small.className = "kf-code";
      small.textContent = "(" + villageWord(code) + ", " + code + ")";
      label.appendChild(small);
      li.append(input, " ", label);
      el.list.appendChild(li);
    }
    el.results.hidden = false;
    prefetchKims(found.slice(0, LIMIT).map(([code]) => code));
    const n = numbers.format(found.length);
    const desa = wordsOf(found.map(([code]) => code));
    el.count.textContent = found.length > LIMIT
      ? fmt(T.kf_village_more, { n, shown: LIMIT, kata: desa })
      : fmt(T.kf_village_count, { n, kata: desa });
  }

  // What the villages of `codes` are called: "desa/kelurahan", in Papua "kampung" (the
  // tester's kampung Tobati was "1 desa/kelurahan cocok").
  const WORDS = ["desa", "kelurahan", "kampung"];
  function wordsOf(codes) {
    const used = new Set(codes.map((code) => villageWord(code).toLowerCase()));
    return WORDS.filter((w) => used.has(w)).join("/");
  }

  function showPlace(place) {
    state.place = place;
    el.chosen.textContent = worded(place.code, placeText(place)) + " (" + place.code + ")";
    el.q.dataset.touched = "1";
    showVillageKims(place);
  }

  // The KIMs already in the village chosen for a new KIM, each with its profile and the form
  // to update it: the volunteer tester added "KIM Harapan Baru" where KIM Sinar Harapan is,
  // unwarned. Only said, never in the way: a village may have two KIMs.
  // data/desa-kim/<regency>.json: {village code: [[slug, name, sample, status], ...]} (C.kimRegencies have one).
  const villageKims = new Map();
  let kimsAsked = 0;
  let kimsFailed = null; // the place whose file failed (offline, as the second volunteer tester): asked again once online
  // The regency's file, asked for once (again after a failure); null for a regency without KIMs
  // or a KIM being updated.
  function kimsOf(regency) {
    if (state.editing || !C.kimRegencies.includes(regency)) return null;
    if (!villageKims.has(regency)) {
      const p = fetchJSON(data.desaKim + regency + ".json");
      p.catch(() => villageKims.delete(regency));
      villageKims.set(regency, p);
    }
    return villageKims.get(regency);
  }
  // The files of the villages listed, asked for while the volunteer reads the list: the note
  // then comes with the tap on a village, not a moment later, when it pushed the next field
  // under the finger (0.46 s on the second volunteer tester's slow network).
  function prefetchKims(codes) {
    for (const regency of new Set(codes.map((code) => code.slice(0, 5)))) kimsOf(regency);
  }
  function showVillageKims(place) {
    const token = ++kimsAsked;
    el.villageKims.hidden = true;
    el.villageKimsList.textContent = "";
    const file = place && kimsOf(place.code.slice(0, 5));
    if (!file) return;
    // "Di kampung ini sudah ada:", as the chosen place is called
    for (const p of el.villageKims.querySelectorAll("p[data-text]")) {
      p.textContent = fmt(p.dataset.text, { kata: wordsOf([place.code]) });
    }
    file.then((byVillage) => {
      if (token !== kimsAsked) return; // another village was chosen meanwhile
      for (const [slug, name, sample, status] of byVillage[place.code] || []) {
        const li = document.createElement("li");
        const marks = (sample ? " " + T.kf_village_kim_sample : "") + (status !== "aktif" ? " " + T.kf_village_kim_inactive : "");
        withLinks(li, sample ? T.kf_village_kim_contoh : T.kf_village_kim, { kim: name, marks, update: T.kf_village_kim_update }, {
          kim: data.profiles + encodeURIComponent(slug) + "/",
          update: data.update + "?ubah=" + encodeURIComponent(slug),
        });
        el.villageKimsList.appendChild(li);
      }
      el.villageKims.hidden = !el.villageKimsList.children.length;
    }, () => { if (token === kimsAsked) kimsFailed = place; });
  }
  window.addEventListener("online", () => {
    if (kimsFailed && kimsFailed === state.place) showVillageKims(state.place);
    kimsFailed = null;
  });

  function choose(place) {
    state.dirty = true;
    showPlace(place);
    proposeSlug();
    if (el.slug.value) el.slug.dataset.touched = "1"; // a proposed slug is checked at once (e.g. taken)
    update();
    form.dispatchEvent(new CustomEvent("kf-place", { detail: place })); // kirim.js offers the coach
  }

  let searchTimer = 0;
  el.q.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 150);
  });
  el.q.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault(); // Enter searches at once instead of checking the whole form
      clearTimeout(searchTimer);
      search();
    }
  });

  return { showPlace, showVillageKims };
}
