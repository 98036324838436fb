// The header's menu button from the keyboard. Material's is a <label> for the drawer's
// checkbox: a tap opens the drawer, but Tab never reaches it, and the closed drawer's links
// are out of the Tab order (kim.css), so on a phone's width a keyboard had no way into the
// menu. Here a real <button> takes the label's place (a label may not take a button's role):
// Enter or Space opens and closes the drawer, focus goes to the drawer's first link, and Esc
// closes it with focus back on the button. Made only here, with the script that makes it
// work; without JavaScript the label stays. It is named as the drawer's menu is, by
// Material's translation ("Navigasi"). Imported by offline.js, which every page loads.
import { byId } from "./util.js";

const drawer = byId("__drawer");
const label = document.querySelector("label.md-header__button[for=__drawer]");
const menu = document.querySelector(".md-sidebar--primary");
const nav = menu && menu.querySelector("nav[aria-label]");

function toggle() {
  drawer.click();  // as a tap on the label: Material hears the checkbox change
}

// While the drawer is open the page it covers is inert: Tab stays in the menu (and on the
// button, which closes it) instead of reaching controls hidden under the drawer. Only the
// elements made inert here are freed again.
const shut = new Set();
function coverPage(open, keep) {
  if (!open) {
    for (const node of shut) node.inert = false;
    shut.clear();
    return;
  }
  for (const kept of keep) {
    for (let node = kept; node.parentElement && node !== document.body; node = node.parentElement) {
      for (const other of node.parentElement.children) {
        if (other.inert || keep.some((k) => other.contains(k))) continue;
        other.inert = true;
        shut.add(other);
      }
    }
  }
}

if (drawer && label && menu) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = label.className + " kim-menu";
  button.append(...[...label.childNodes].map((node) => node.cloneNode(true)));
  if (nav) button.setAttribute("aria-label", nav.getAttribute("aria-label"));
  button.setAttribute("aria-expanded", String(drawer.checked));
  label.replaceWith(button);
  button.addEventListener("click", toggle);  // a button's Enter and Space are clicks
  // Material closes the drawer itself too (the overlay, a followed link): all by a change.
  drawer.addEventListener("change", () => {
    button.setAttribute("aria-expanded", String(drawer.checked));
    coverPage(drawer.checked, [menu, button, drawer, document.querySelector(".md-overlay")].filter(Boolean));
    if (drawer.checked) {
      const first = [...menu.querySelectorAll("a.md-nav__link[href]")].find((a) => a.getClientRects().length);
      if (first) first.focus({ preventScroll: true });
    } else if (menu.contains(document.activeElement)) {
      button.focus({ preventScroll: true });  // the drawer's links are hidden once it is closed
    }
  });
  addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !drawer.checked) return;
    toggle();
    button.focus({ preventScroll: true });
  });
}
