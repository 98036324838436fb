"""View models of contacts as the pages list them: a KIM's (with consent), a partner's and a
regency's KIM coach (institutions). Each is a title and its lines, (label, text, link), for
WhatsApp, phone and e-mail."""

from __future__ import annotations

from typing import NamedTuple

from generator.model.kim import Kontak
from generator.model.mitra import Wilayah
from generator.site.i18n import Text


class Contact(NamedTuple):
    title: str
    lines: tuple[tuple[str, str, str], ...]  # (label, text, href)
    contoh: bool = False  # a sample regency file's coach (`Wilayah.contoh`), labelled so


def contact_means(c, t: Text) -> tuple[tuple[str, str, str], ...]:
    """(label, value, link) of a contact's WhatsApp, phone and e-mail: a KIM's or a partner's."""
    lines = []
    if c.whatsapp:
        lines.append((t("whatsapp"), c.whatsapp, "https://wa.me/" + c.whatsapp.lstrip("+")))
    if phone := getattr(c, "telepon", None):  # a regency's coach has none (`model.mitra.Pembina`)
        lines.append((t("phone"), phone, "tel:" + phone))
    if c.email:
        lines.append((t("email"), c.email, "mailto:" + c.email))
    return tuple(lines)


def coach_view(setting: Wilayah | None, t: Text) -> Contact | None:
    """A regency's KIM coach, as its `_wilayah.yml` names it (an institution, never a person)."""
    if not setting or not setting.pembina:
        return None
    return Contact(setting.pembina.nama, contact_means(setting.pembina, t), setting.contoh)


def contact_view(c: Kontak, t: Text) -> Contact:
    title = " - ".join(x for x in (c.nama, c.peran and t.label("jabatan", c.peran)) if x) or t("contact_org")
    return Contact(title, contact_means(c, t))
