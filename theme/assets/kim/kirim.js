// "Kirim ke pembina" on /kontribusi/: sends the file the form wrote to the regency's KIM coach,
// for volunteers without a GitHub account. Through the phone's share sheet (Web Share with
// the file itself, e.g. into WhatsApp) where the browser can share files; else by download,
// and e-mail or the coach's WhatsApp chat. When a village is chosen it shows that regency's
// coach contact, from data/pembina/<province>.json (`pembina` of kims/<prov>/<reg>/_wilayah.yml,
// written by generator/site/sections/kontribusi.py); where none is listed (or only a sample one)
// it says so, and the file goes to the directory's managers instead (`pengelola`: the data
// controller's address in mkdocs.yml), by the share sheet or by e-mail: most regencies list
// no coach, and a volunteer without GitHub needs someone to send it to. E-mail is offered only
// to an address, never as a mailto: without a recipient. A mailto: link cannot attach a file:
// a file too long for the e-mail's text is downloaded as the link is followed, and the page
// and the e-mail ask for it to be attached. A wa.me link cannot attach
// one either: it opens the coach's chat (their institutional number, published on the regency's
// page) with a short message, downloads the file, and the page asks for it to be attached.
//
// It reads the form through window.kimKontribusi (kontribusi.js) and the page's #kf-config.
import { byId, fetchJSON, fill, pageConfig } from "./util.js";

(() => {
  const form = byId("kf-form");
  const C = pageConfig("kf-config");
  const share = byId("kf-share");
  if (!form || !C || !share) return;
  const T = C.text;
  const fmt = (template, args) => fill(template, args, String);
  const el = {
    note: byId("kf-share-note"), fallback: byId("kf-share-fallback"), mail: byId("kf-mail"),
    download: byId("kf-download"), saveCopy: byId("kf-share-download"), wa: byId("kf-wa"), yaml: byId("kf-yaml"),
    slug: byId("kf-slug"), nama: byId("kf-nama"), summary: byId("kf-summary"),
    coach: byId("kf-pembina"), coachWhere: byId("kf-pembina-where"), coachName: byId("kf-pembina-nama"),
    coachEmail: byId("kf-pembina-email"), coachWa: byId("kf-pembina-wa"), noCoach: byId("kf-pembina-none"),
    withCoach: byId("kf-share-fallback-coach"), withCoachWa: byId("kf-share-fallback-wa"),
    withoutCoach: byId("kf-share-fallback-none"),
  };
  const MAX_MAIL = 1800; // longer mailto: links are cut by some mail apps
  const managers = C.pengelola; // the directory managers' e-mail address
  // {nama, email, whatsapp} of the chosen village's regency; null where it names none; undefined
  // while its file is not loaded (offline when the village was chosen: not "no coach", the
  // second volunteer tester was told there was none and offered no chat).
  let coach;

  const say = (text) => { el.note.textContent = text; };

  // The finished file, or null (and the errors shown) while the form has errors.
  function finished() {
    const api = window.kimKontribusi;
    if (!api || !api.ready) return null;
    api.state.showAll = true;
    const { shown } = api.update();
    if (shown.some((p) => p.severity === "error")) {
      say(T.kf_share_blocked);
      el.summary.focus();
      return null;
    }
    const slug = el.slug.value.trim();
    return { name: slug + ".yml", text: el.yaml.value, kim: el.nama.value.trim() };
  }

  // The e-mail's address and greeting: the coach's, the managers' where the regency lists no
  // coach, none while the coach is not loaded or has WhatsApp alone.
  function recipient() {
    if (coach) return coach.email ? { email: coach.email, to: T.kf_mail_to_coach } : null;
    return coach === null && managers ? { email: managers, to: T.kf_mail_to_managers } : null;
  }
  // The e-mail's body with the file's text in it, greeting `to`.
  const mailWithFile = (file, to) => fmt(T.kf_mail_body, { to }) + "\n\n" + file.text;
  // Whether the file's text fits in the e-mail's body (once there is a recipient).
  const mailFits = (file) => encodeURIComponent(mailWithFile(file, recipient().to)).length <= MAX_MAIL;

  // A mailto: link to the recipient's address, or null when there is none.
  function mailHref(file) {
    const r = recipient();
    if (!r) return null;
    const subject = fmt(T.kf_mail_subject, { name: file.kim });
    const body = mailFits(file) ? mailWithFile(file, r.to) : fmt(T.kf_mail_attach, { file: file.name, to: r.to });
    return "mailto:" + r.email + "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(body);
  }

  // A wa.me link to the coach's chat with a short message, or null when the coach has no WhatsApp.
  const waNumber = (number) => number.replace(/[^0-9]/g, "");
  function waHref(file) {
    if (!coach || !coach.whatsapp) return null;
    const text = fmt(T.kf_wa_text, { name: file.kim, file: file.name });
    return "https://wa.me/" + waNumber(coach.whatsapp) + "?text=" + encodeURIComponent(text);
  }

  // Where the phone cannot share files: the download, and the coach's e-mail and WhatsApp where
  // listed, with words for a coach who has e-mail, one who has WhatsApp alone, and no coach (the
  // tester: a coach with WhatsApp alone was called no coach, and their chat not offered), or
  // that the coach could not be loaded.
  function offerFallback(file) {
    const href = mailHref(file);
    el.mail.href = href || "#kf-kirim";
    el.mail.hidden = !href;
    const chat = waHref(file);
    el.wa.href = chat || "#kf-kirim";
    el.wa.hidden = !chat;
    el.withCoach.hidden = !coach || !coach.email;
    el.withCoachWa.hidden = !coach || !!coach.email;
    el.withoutCoach.hidden = coach !== null;
    el.fallback.hidden = false;
    say(T.kf_share_unavailable + (href && !mailFits(file) ? " " + fmt(T.kf_mail_attach_note, { file: file.name }) : "")
      + (coach === undefined && place ? " " + T.kf_pembina_unknown : ""));
  }
  // The coach asked for again first where the file failed to load.
  const offerFallbackLater = (file) => (coach === undefined && place ? showCoach(place) : Promise.resolve())
    .then(() => offerFallback(file));

  share.addEventListener("click", () => {
    const file = finished();
    if (!file) return;
    el.fallback.hidden = true;
    // Chrome shares only some file types (.txt, not .yml): the same text as <slug>.txt then,
    // which `kim terima` takes as well.
    const shared = [new File([file.text], file.name, { type: "text/yaml" }),
      new File([file.text], file.name.replace(/\.yml$/, ".txt"), { type: "text/plain" })]
      .find((f) => navigator.canShare && navigator.canShare({ files: [f] }));
    if (!shared) return void offerFallbackLater(file);
    const payload = { files: [shared], title: shared.name, text: fmt(T.kf_share_text, { name: file.kim, file: shared.name }) };
    navigator.share(payload).then(() => say(T.kf_share_done), (err) => {
      if (err && err.name === "AbortError") say(""); // the person closed the share sheet
      else offerFallbackLater(file);
    });
  });

  el.saveCopy.addEventListener("click", () => { if (finished()) el.download.click(); }); // no draft is sent
  el.mail.addEventListener("click", (ev) => {
    const file = finished(); // the file may have changed since the fallback was offered
    const href = file && mailHref(file);
    if (!href) return void ev.preventDefault();
    el.mail.href = href;
    if (!mailFits(file)) {
      el.download.click(); // the file the e-mail asks to attach
      say(fmt(T.kf_mail_attach_note, { file: file.name }));
    }
  });

  el.wa.addEventListener("click", (ev) => {
    const file = finished(); // the file may have changed since the fallback was offered
    const href = file && waHref(file);
    if (!href) return void ev.preventDefault();
    el.wa.href = href;
    el.download.click(); // the file the message asks to attach
    say(fmt(T.kf_wa_attach_note, { button: T.kf_wa, file: file.name }));
  });

  // ---- the coach of the chosen village's regency ----
  const files = new Map();
  function coachOf(code) {
    const province = code.slice(0, 2);
    if (!(C.pembina || []).includes(province)) return Promise.resolve(null);
    if (!files.has(province)) {
      const p = fetchJSON(form.dataset.pembina + province + ".json");
      p.catch(() => files.delete(province));
      files.set(province, p);
    }
    return files.get(province).then((byRegency) => byRegency[code.slice(0, 5)] || null);
  }

  // The coach of the place's regency; where none is listed, a plain word saying so. Settles
  // once shown (or not loaded).
  let asked = 0;
  let place = null;
  function showCoach(chosen) {
    const token = ++asked;
    place = chosen;
    coach = undefined;
    el.coach.hidden = true;
    el.noCoach.hidden = true;
    el.fallback.hidden = true;
    share.textContent = T.kf_share;
    if (!place) return Promise.resolve();
    return coachOf(place.code).then((found) => {
      if (token !== asked) return; // another village was chosen meanwhile
      // A sample regency file's coach is invented: named as one, and sent no file, as no coach.
      coach = found && !found.contoh ? found : null;
      el.coach.hidden = !coach;
      if (!coach) {
        el.noCoach.textContent = found ? fmt(T.kf_pembina_sample, { regency: place.regency, name: found.nama, email: managers })
          : fmt(T.kf_pembina_none, { regency: place.regency, email: managers });
        el.noCoach.hidden = false;
        share.textContent = T.kf_share_file;
        return;
      }
      el.coachWhere.textContent = place.regency;
      el.coachName.textContent = found.nama;
      el.coachEmail.parentElement.hidden = !found.email;
      el.coachEmail.href = found.email ? "mailto:" + found.email : "#kf-kirim";
      el.coachEmail.textContent = found.email || "";
      el.coachWa.parentElement.hidden = !found.whatsapp;
      el.coachWa.href = found.whatsapp ? "https://wa.me/" + waNumber(found.whatsapp) : "#kf-kirim";
      el.coachWa.target = "_blank";
      el.coachWa.rel = "noopener";
      el.coachWa.textContent = found.whatsapp ? fmt(T.kf_pembina_wa, { number: found.whatsapp }) : "";
    }, () => {
      if (token !== asked) return; // coach stays undefined: asked again on "Kirim ke pembina" and when back online
      el.noCoach.textContent = T.kf_pembina_unknown;
      el.noCoach.hidden = false;
    });
  }
  window.addEventListener("online", () => { if (coach === undefined && place) showCoach(place); });

  form.addEventListener("kf-place", (ev) => showCoach(ev.detail));
  // A profile opened for updating (?ubah=) comes with its village: shown once the form is ready.
  const ready = () => form.dataset.ready && window.kimKontribusi && showCoach(window.kimKontribusi.state.place);
  if (form.dataset.ready) ready();
  else new MutationObserver((changes, observer) => {
    if (form.dataset.ready) { observer.disconnect(); ready(); }
  }).observe(form, { attributes: true, attributeFilter: ["data-ready"] });
})();
