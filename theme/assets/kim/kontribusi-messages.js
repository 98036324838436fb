// Messages at the contribution form's fields (kontribusi.js): each problem of the file shown at
// its field, once the field was touched, with a summary of the errors linking to them.
import { byId } from "./util.js";

export function fieldMessages({ C, form, el, state, fmt }) {
  const T = C.text;
  const message = (code, args) => fmt(C.messages[code] || T[code] || code, args);

  let marked = [];
  const isControl = (node) => /^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName);
  const touched = (node) => state.showAll || node.dataset.touched === "1" || (!isControl(node) && !!node.querySelector("[data-touched]"));

  function errorBox(node) {
    const own = isControl(node) && node.id ? byId(node.id + "-error") : null; // may sit apart (a name's)
    if (own) return own;
    const field = isControl(node) ? node.closest(".kf-field, .kf-list") : node;
    return field ? [...field.children].find((c) => c.classList.contains("kf-error")) : null;
  }

  function describe(node, id, on) {
    const ids = (node.getAttribute("aria-describedby") || "").split(/\s+/).filter((x) => x && x !== id);
    if (on) ids.push(id);
    if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
    else node.removeAttribute("aria-describedby");
  }

  // Where a problem is shown: its field, else the nearest row or list that holds it.
  function placeOf(path, where) {
    for (let p = path; ; p = p.slice(0, Math.max(p.lastIndexOf("/"), 0))) {
      if (where.has(p)) return where.get(p);
      if (p === "") return null;
    }
  }

  function labelOf(node) {
    const label = node.id && form.querySelector('label[for="' + node.id + '"]');
    const legend = !label && node.querySelector(":scope > legend");
    const text = (label || legend || {}).textContent || "";
    const row = isControl(node) || node.dataset.key ? node.closest("[data-row]") : null;
    const own = text.replace(/\s*\*\s*$/, "").trim();
    return row && row !== node ? row.querySelector("legend").textContent + " – " + own : own;
  }

  function show(problems, where) {
    for (const [node, box] of marked) {
      node.removeAttribute("aria-invalid");
      describe(node, box.id, false);
      box.hidden = true;
      box.textContent = "";
      box.classList.remove("kf-error--warning");
    }
    marked = [];
    const first = new Map();
    for (const p of problems) {
      const node = placeOf(p.path, where) || form;
      const seen = first.get(node);
      if (!seen || (seen.severity === "warning" && p.severity === "error")) first.set(node, p);
    }
    const shown = [];
    for (const [node, p] of first) {
      p.text = message(p.code, p.args);
      p.node = node;
      shown.push(p);
      const box = node === form ? null : errorBox(node);
      if (!box || !touched(node)) continue;
      const warning = p.severity === "warning";
      box.textContent = warning ? T.kf_warning + " " : "";
      if (p.links) withLinks(box, C.messages[p.code] || T[p.code], p.args, p.links);
      else box.append(p.text);
      box.classList.toggle("kf-error--warning", warning);
      box.hidden = false;
      if (!warning && isControl(node)) node.setAttribute("aria-invalid", "true");
      // (`also`: the other fields the message is about, which it describes too)
      for (const described of [node, ...(p.also || []).map((path) => where.get(path)).filter(Boolean)]) {
        describe(described, box.id, true);
        marked.push([described, box]);
      }
    }
    return shown;
  }

  // A message whose {name}s in `links` are links (their text from `args`), the rest text.
  function withLinks(box, template, args, links) {
    template.split(/(\{\w+\})/).forEach((part, i) => {
      const key = i % 2 ? part.slice(1, -1) : null;
      if (key && links[key]) {
        const a = document.createElement("a");
        a.href = links[key];
        a.textContent = String(args[key]);
        box.append(a);
      } else {
        box.append(key && args[key] !== undefined ? String(args[key]) : part);
      }
    });
  }

  function summarize(shown) {
    const errors = shown.filter((p) => p.severity === "error");
    const warnings = shown.length - errors.length;
    let text = errors.length ? fmt(state.showAll ? T.kf_errors : T.kf_errors_unseen, { n: errors.length }) : T.kf_no_errors;
    if (warnings) text += " " + fmt(errors.length ? T.kf_status_warnings : T.kf_warnings, { n: warnings });
    if (!state.schema) text = T.kf_schema_failed;
    if (el.state.textContent !== text) el.state.textContent = text;
    el.summaryList.textContent = "";
    el.summary.hidden = !(state.showAll && errors.length);
    el.summaryTitle.textContent = T.kf_summary_title;
    for (const p of errors) {
      const li = document.createElement("li");
      const target = p.node === form ? null : p.node;
      const a = document.createElement(target && target.id ? "a" : "span");
      if (target && target.id) {
        a.href = "#" + target.id;
        a.addEventListener("click", (ev) => {
          ev.preventDefault();
          focusField(target);
        });
      }
      const label = target ? labelOf(target) : "";
      a.textContent = (label ? label + ": " : "") + p.text;
      li.appendChild(a);
      el.summaryList.appendChild(li);
    }
    return errors.length;
  }

  function focusField(node) {
    for (let d = node.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    const target = isControl(node) ? node : node.querySelector("input, select, textarea, button") || node;
    target.focus();
    target.scrollIntoView({ block: "center" });
  }

  return { isControl, touched, placeOf, labelOf, show, withLinks, summarize };
}
