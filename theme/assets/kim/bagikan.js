// The share control (.kim-share: a KIM's profile, a partner's page, the partnership board, a
// region's page; generator/site/sharelink.py). Without JavaScript it is a link to WhatsApp with
// the message written in. Here its two buttons come out where the browser can run them: the
// phone's share sheet (the link's own message), and copying the page's address (its canonical
// link, never the query or fragment of this visit), said on screen and to a screen reader by
// the status beside them (or, where the browser refuses to copy, the address itself, to copy
// by hand). Imported by offline.js, which every page loads: no script tag of its own.
const box = document.querySelector(".kim-share");
const canonical = document.querySelector('link[rel="canonical"]');

function start() {
  const [link, sheet, copy] = box.querySelectorAll("a, button");
  const status = box.querySelector("[role=status]");
  const message = new URL(link.href).searchParams.get("text");
  if (navigator.share) {
    sheet.hidden = false;
    // A closed sheet rejects: nothing to say.
    sheet.addEventListener("click", () => navigator.share({ text: message }).catch(() => {}));
  }
  if (navigator.clipboard && canonical) {
    copy.hidden = false;
    copy.addEventListener("click", () => {
      status.textContent = "";
      navigator.clipboard.writeText(canonical.href).then(() => {
        status.textContent = copy.dataset.done;
      }, () => {
        status.textContent = `${copy.dataset.failed} ${canonical.href}`;
      });
    });
  }
}

if (box) start();
