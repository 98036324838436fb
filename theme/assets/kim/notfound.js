// The "not found" page (404.html): a link to a KIM whose address changed still names the KIM
// in its path (/kim/<slug>/...), so its words are offered as the search, "kim" left out (and
// a KIM that kept the old address in `slug_lama` is never sent here at all). The
// host serves the one page at every address: at an English one, it shows its English version.
import { byId, fold, parseJSON } from "./util.js";

// Around the content, what an English page has (404.html, english_chrome): Material's words in
// English, the menu and the footer leading to the English pages, the logo to the English home.
function englishChrome({ words, menu, home, privacy }) {
  document.documentElement.lang = "en";
  const english = new Map(words);
  for (const element of document.querySelectorAll("[aria-label], [title]")) {
    for (const name of ["aria-label", "title"]) {
      const value = element.getAttribute(name);
      if (english.has(value)) element.setAttribute(name, english.get(value));
    }
  }
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const said = texts.currentNode.data.trim();
    if (english.has(said)) texts.currentNode.data = english.get(said);
  }
  const tabs = document.querySelectorAll(".md-tabs__link");
  const drawer = document.querySelectorAll(".md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link");
  for (const links of [tabs, drawer]) {
    links.forEach((link, i) => {
      if (!menu[i]) return;
      const [href, title, hreflang] = menu[i];
      link.href = href;
      (link.querySelector(".md-ellipsis") || link).textContent = title;
      if (hreflang) link.hreflang = hreflang;
    });
  }
  for (const logo of document.querySelectorAll("a.md-logo")) logo.href = home;
  const footer = document.querySelector(".kim-footer a");
  if (footer) [footer.href, footer.textContent] = privacy;
}

const english = byId("kim-nf-en");
if (english && location.pathname.startsWith(english.dataset.prefix)) {
  const box = byId("kim-nf");
  box.textContent = "";   // not replaceChildren: Chrome 86, past the baseline (README)
  box.append(english.content.cloneNode(true));
  document.title = english.dataset.title;
  const chrome = parseJSON(english.dataset.chrome);
  if (chrome) englishChrome(chrome);
}
let path = location.pathname.toLowerCase();
try {
  path = decodeURIComponent(path);
} catch {
  // a cut-off escape ("%E"): the address as it came
}
// The whole part after /kim/, split at anything but letters and digits: an address typed by
// hand (`bagelen_wiyata`, `bagelen%20wiyata`, `bagelen+wiyata`) names the KIM in all its words.
const match = /\/kim\/([^/]+)/.exec(path);
const words = match ? fold(match[1]).split(/[^a-z0-9]+/).filter((w) => w && w !== "kim").join(" ") : "";
const input = byId("kim-home-q");
if (input && words && !input.value) {
  input.value = words;
  // The KIM's name or place may no longer hold every word (a renamed KIM; "ulubelu" for Ulu
  // Belu): the directory then lists the KIMs that match the most of them (cocok=sebagian).
  const most = document.createElement("input");
  Object.assign(most, { type: "hidden", name: "cocok", value: "sebagian" });
  input.form.append(most);
  // the other language's directory, searching for the same words
  const link = document.querySelector("#kim-nf .kim-nf-other");
  link.href = new URL(`kim/?${new URLSearchParams({ q: words, cocok: "sebagian" })}`, link.href).href;
}
