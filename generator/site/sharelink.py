"""What a shared link shows and how it is shared: the "Bagikan" (share) control of a KIM's
profile, a partner's page, the partnership board and a region's page (a volunteer shares a
profile in the village's WhatsApp groups from a phone, a coach the KIMs of a regency), the text of a share card for those who do not see
it, and the preview of a KIM whose file has no description.

Without JavaScript it is a plain link to WhatsApp with the message written in; the page's
script (bagikan.js) adds the phone's share sheet and a button that copies the address. The
link makes no request to WhatsApp until it is followed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from urllib.parse import quote

from generator.model.kim import Kim
from generator.model.placewords import place_words
from generator.site.i18n import Text
from generator.site.routes import card_of

WHATSAPP = "https://wa.me/?text="


@dataclass(frozen=True)
class ShareView:
    whatsapp: str  # the link to WhatsApp, its message URL-encoded
    label: str
    share: str  # the share sheet's button, shown by the script where the browser has one
    copy: str
    copied: str  # said (and read out) once the address is copied
    failed: str  # said, with the address, when the browser refuses to copy it


def share_view(title: str, url: str, t: Callable[..., str]) -> ShareView:
    """The control for the page titled `title` at the absolute address `url`, in `t`'s language:
    a chat group reads the title as the page gives it (a sample's says so) and the address."""
    message = t("share_message", title=title, url=url)
    return ShareView(WHATSAPP + quote(message, safe=":/(),"), t("share_whatsapp"),
                     t("share_sheet"), t("share_copy"), t("share_copied"), t("share_copy_failed"))


def card_alt(image: str, t: Text, name_of: Callable[[str], str | None]) -> str:
    """What the share card at `image` shows (sharing.py draws it), in `t`'s language."""
    code, contoh = card_of(image)
    card = (t("card_alt_site") if code is None
            else t("card_alt_region", regency=name_of(code), province=name_of(code[:2])))
    return t("card_alt_sample", card=card) if contoh else card


def place_preview(kim: Kim, t: Text) -> str:
    """What a profile's preview says of a KIM whose file has no description: where it is and
    what it works on, rather than its name again under its name."""
    p = kim.place
    text = t("preview_place", name=kim.nama, village=f"{place_words(p.code).village} {p.name}",
             district=t.district(p.district, p.code), regency=p.regency, province=p.province)
    if not kim.bidang:
        return text
    return f"{text} {t('preview_bidang', bidang=', '.join(t.label('bidang', b) for b in kim.bidang))}"
