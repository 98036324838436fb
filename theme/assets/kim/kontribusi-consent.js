// A person's consent in the contribution form (kontribusi.js): it goes with the person it was
// given for, as do their numbers and e-mail, and a partnership's link goes with its partner.
// What a row's consent then says is checked here too (`rowProblems`): it reads the rows, which
// hold what the document leaves out for want of consent.
import { parseJSON } from "./util.js";
import { isObject } from "./kontribusi-schema.js";

export function consentRules({ C, fmt, fields, checks }) {
  const T = C.text;
  const { owner, listRows, ownConsent, ownControl, isHidden, normalise, keyPath, syncRow } = fields;
  const { problem, PERSONAL, CHANNELS } = checks;

  // A person's details as the row holds them, as the file would say them; the name whatever
  // its case and spacing, so that correcting how it is written keeps the person's consent and
  // numbers (the tester: "bima (contoh)" lost Bima's e-mail).
  const personOf = (row) => JSON.stringify(PERSONAL.map((key) => {
    const node = ownControl(row, key);
    const value = node ? normalise(node.value, keyPath(node), node.dataset.type) : "";
    return key === "nama" ? String(value).toLowerCase().replace(/\s+/g, " ") : value;
  }));
  const ownConsentDate = (row) => ownControl(row, "izin_publikasi");

  // A consent (a ticked box with a date) was given by the person the row held when it was last
  // given or its date last set, by loading the file or by the volunteer (`data-consent-of`:
  // those details, the date, and `here` when given in the form). A row whose name, or a
  // personal contact's e-mail or number, then changes loses it, else Bima's consent goes with
  // Rudi's name, as the tester found; with those details again, it gets it back. A consent
  // given in the form is the person's whose details are typed around it, top to bottom: a
  // detail empty when it was given may be filled in (the volunteer tester lost the consent
  // just given to the WhatsApp number typed below it), and counts as the person's once left.
  // A consent loaded with the file covers what the file held: a number added to it is not
  // covered (the first tester's finding). The box ticked off and on again with the date still
  // the file's gives back the file's record (`file`, kept for this), not a consent given here:
  // else a number typed afterwards went out under the old date (the second volunteer tester).
  const consentGiven = (row) => {
    const was = parseJSON(row.dataset.consentOf);
    const file = isObject(was) ? (was.here === true ? was.file : was) : undefined;
    const date = ownConsentDate(row).value;
    row.dataset.consentOf = JSON.stringify(isObject(file) && file.date === date
      ? file : { person: personOf(row), date, here: true, file });
  };
  function samePerson(row, was) {
    if (was.here !== true) return personOf(row) === was.person;
    const then = parseJSON(was.person) || [];
    return parseJSON(personOf(row)).every((value, i) => !then[i] || value === then[i]);
  }
  // A detail left in a row that still holds the person a consent was given for in the form is
  // theirs from now on (the consent's date stays as it was given).
  function detailLeft(row) {
    const was = parseJSON(row.dataset.consentOf);
    if (!isObject(was) || was.here !== true || !samePerson(row, was)) return;
    row.dataset.consentOf = JSON.stringify(Object.assign(was, { person: personOf(row) }));
  }
  // Numbers typed after a consent given here but not yet left (a tab reloaded, a keyboard or
  // autofill that sends no `change`) were its person's too when the person changes: else the
  // next name kept Rina's number (the second volunteer tester).
  function tieTyped(row, was) {
    const then = parseJSON(was.person) || [];
    const now = parseJSON(personOf(row));
    const person = now.map((value, i) => (i > 0 && !then[i] ? value : then[i]));
    row.dataset.consentOf = JSON.stringify(Object.assign(was, { person: JSON.stringify(person) }));
  }
  function consentFollowsPerson(row) {
    const was = parseJSON(row.dataset.consentOf);
    const box = ownConsent(row);
    const date = ownConsentDate(row);
    if (!isObject(was) || !box || !date) return;
    // (a name loaded without its date, which is not in the public data, was consented to too)
    const goes = () => !samePerson(row, was) && box.checked && (date.value || row.dataset.consentReenter);
    if (was.here === true && goes()) tieTyped(row, was);
    channelsFollowName(row, parseJSON(was.person) || []);
    const same = samePerson(row, was);
    if (goes()) {
      box.checked = false;
      date.value = "";
      box.dataset.touched = "1"; // why the tick went is said at once
      row.dataset.consentChanged = "1";
    } else if (same && row.dataset.consentChanged && !box.checked) {
      box.checked = true;
      date.value = was.date;
      delete row.dataset.consentChanged;
    } else {
      return;
    }
    syncRow(row);
  }

  // A personal contact given another name keeps none of the numbers and e-mail of the person
  // its consent was recorded for (`person`, as in `data-consent-of`): a consent ticked again
  // for the new name would publish them under it, as the tester found (the old chair's e-mail
  // under the new chair's name). `data-channels-gone` names the first field emptied, where the
  // row says why; with the name as it was and nothing typed in their place, they come back.
  function channelsFollowName(row, [name, ...channels]) {
    const nodes = CHANNELS.map((key) => ownControl(row, key));
    if (!name || !nodes.some(Boolean)) return;
    const now = parseJSON(personOf(row));
    if (now[0] !== name) {
      const theirs = nodes.filter((node, i) => node && channels[i] && now[i + 1] === channels[i]);
      if (!theirs.length) return;
      for (const node of theirs) node.value = "";
      if (!row.dataset.channelsGone) row.dataset.channelsGone = theirs[0].dataset.key;
      theirs[0].dataset.touched = "1"; // why they went is said at once
    } else if (row.dataset.channelsGone && !nodes.some((node) => node && node.value.trim())) {
      nodes.forEach((node, i) => { if (node) node.value = channels[i]; });
      delete row.dataset.channelsGone;
    }
  }

  // A contact holding a person's name made "lembaga" (as the warning on a contact without
  // consent suggests) would publish that person's number as the KIM's: its numbers and e-mail
  // go, and the row says why, so that the KIM's own are typed in on purpose.
  function clearPersonsChannels(row, kind) {
    delete row.dataset.channelsCleared;
    const name = ownControl(row, "nama");
    const filled = CHANNELS.map((key) => ownControl(row, key)).filter((node) => node && node.value.trim());
    if (kind !== "lembaga" || !name || !name.value.trim() || !filled.length) return;
    for (const node of filled) node.value = "";
    row.dataset.channelsCleared = "1";
  }

  // A partnership's link to its partner's page (`slug_mitra`, no field to type in) is shown in
  // its row, with a button to remove it, and goes with the partner's name: a row whose partner
  // is replaced by another (the tester typed "Bank Lampung" over an LPPM's) would link that one
  // to the LPPM's page. The name written otherwise (case, spaces) keeps it, as a person's name
  // keeps their consent; `data-link`: the link and the name it was given for.
  const partnerOf = (row) => ownControl(row, "mitra").value.trim().toLowerCase().replace(/\s+/g, " ");
  const linkPartner = (row) => {
    const name = ownControl(row, "mitra").value.trim();
    row.dataset.link = JSON.stringify({ slug: ownControl(row, "slug_mitra").value, partner: partnerOf(row), name });
  };
  function linkFollowsPartner(row) {
    const was = parseJSON(row.dataset.link);
    const slug = ownControl(row, "slug_mitra");
    if (!isObject(was) || !slug) return;
    slug.value = was.partner === partnerOf(row) ? String(was.slug) : "";
    const note = [...row.querySelectorAll(".kf-linked")].find((p) => owner(p) === row);
    note.hidden = !slug.value;
    note.firstElementChild.textContent = fmt(T.kf_linked, { name: was.name });
  }

  // The consent rules of the form, after the rules across fields (`check`).
  function rowProblems(doc, out) {
    for (const list of ["pengurus", "kontak"]) {
      listRows(list).forEach((row, i) => {
        const item = (doc[list] && doc[list][i]) || {};
        if (row.dataset.channelsCleared && item.jenis === "lembaga" && !CHANNELS.some((key) => item[key] !== undefined)) {
          out.push(problem(list + "/" + i + "/jenis", "kf_consent_org_cleared", {}, "warning"));
        }
        // (read from the row: `doc` holds no channel of a contact without consent)
        const typed = (key) => { const node = ownControl(row, key); return node && node.value.trim(); };
        if (row.dataset.channelsGone && item.jenis === "pribadi" && !CHANNELS.some(typed)) {
          out.push(problem(list + "/" + i + "/" + row.dataset.channelsGone, "kf_person_channels_cleared", {}, "warning"));
        }
        const box = ownConsent(row);
        if (!box || isHidden(box, row)) return;
        if (row.dataset.consentChanged) {
          // A personal contact without consent is an error anyway; a name is then left out.
          out.push(problem(list + "/" + i + "/izin_publikasi", "kf_consent_changed", {}, list === "kontak" ? "error" : "warning"));
        } else if (box.checked && !item.izin_publikasi) {
          const code = row.dataset.consentReenter ? "kf_consent_reenter" : "kf_consent_date_missing";
          out.push(problem(list + "/" + i + "/izin_publikasi", code));
        }
      });
    }
  }

  // A name or personal contact held back (`withhold`) in a row whose consent box is ticked waits
  // for the date alone: its warning says so, and describes the date field too. It told the
  // tester to tick the box just ticked, and only at the name.
  const DATE_ONLY = { kf_name_not_written: "kf_name_no_date", kf_contact_not_written: "kf_contact_no_date" };
  function awaitingDate(held) {
    for (const p of held) {
      const [list, i] = p.path.split("/");
      const row = DATE_ONLY[p.code] && listRows(list)[Number(i)];
      const box = row && ownConsent(row);
      if (!box || !box.checked || isHidden(box, row)) continue;
      p.code = DATE_ONLY[p.code];
      p.also = [list + "/" + i + "/izin_publikasi"];
    }
    return held;
  }

  return {
    personOf, ownConsentDate, consentGiven, detailLeft, consentFollowsPerson, clearPersonsChannels,
    linkPartner, linkFollowsPartner, rowProblems, awaitingDate,
  };
}
