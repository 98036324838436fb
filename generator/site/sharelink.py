"""The "Bagikan" (share) control of a KIM's profile, a partner's page and the partnership
board: a volunteer shares a profile in the village's WhatsApp groups from a phone.

Without JavaScript it is a plain link to WhatsApp with the message written in; the page's
script (bagikan.js) adds the phone's share sheet and a button that copies the address. The
link makes no request to WhatsApp until it is followed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from urllib.parse import quote

WHATSAPP = "https://wa.me/?text="


@dataclass(frozen=True)
class ShareView:
    whatsapp: str  # the link to WhatsApp, its message URL-encoded
    label: str
    share: str  # the share sheet's button, shown by the script where the browser has one
    copy: str
    copied: str  # said (and read out) once the address is copied


def share_message(title: str, url: str, t: Callable[..., str]) -> str:
    """What a chat group reads: the page's title as the page gives it (a sample's says so) and
    its address."""
    return t("share_message", title=title, url=url)


def share_view(title: str, url: str, t: Callable[..., str]) -> ShareView:
    """The control for the page titled `title` at the absolute address `url`, in `t`'s language."""
    return ShareView(WHATSAPP + quote(share_message(title, url, t), safe=":/(),"), t("share_whatsapp"),
                     t("share_sheet"), t("share_copy"), t("share_copied"))
