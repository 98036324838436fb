"""Options of the `kim` MkDocs plugin (mkdocs.yml: plugins: - kim: ...)."""

import re
from pathlib import PurePath

from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.format.kinds import PARTNER_FOLDER
from generator.format.spec import FORMATS
from generator.mkdocs_plugin.messages import english_first

_EXAMPLE = "privasi: {pengendali: Pengelola Direktori KIM, email: privasi@example.org}"
_EMAIL = re.compile(FORMATS["email"])


class _ControllerText(base.BaseConfigOption[str]):
    """One line of text about the data controller, required: the privacy notice (/privasi/)
    must say who answers for the personal data the site publishes (UU 27/2022)."""

    def __init__(self, what_id: str, what_en: str) -> None:
        super().__init__()
        self.what = {"what_id": what_id, "what_en": what_en}

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise base.ValidationError(english_first("controller-missing", example=_EXAMPLE, **self.what))
        if "\n" in value:
            raise base.ValidationError(english_first("controller-lines", value=value, **self.what))
        return value.strip()


class _ControllerEmail(_ControllerText):
    def run_validation(self, value: object) -> str:
        email = super().run_validation(value)
        if not _EMAIL.match(email):
            raise base.ValidationError(english_first("controller-email", value=email))
        return email


class _PartnerFolder(c.Type):
    """The folder of the partner files, named `mitra` wherever it is: a file's kind follows
    from its folder's name (`kinds.kind_of`), in the build as in `kim validate`, so the files
    of a folder named otherwise would be read, and refused, as KIM files."""

    def __init__(self) -> None:
        super().__init__(str, default=PARTNER_FOLDER)

    def run_validation(self, value: object) -> str:
        folder = super().run_validation(value)
        if PurePath(folder).name != PARTNER_FOLDER:
            raise base.ValidationError(english_first("partner-folder", value=folder, name=PARTNER_FOLDER))
        return folder


class PrivacyConfig(base.Config):
    """The personal data controller (pengendali data pribadi) named on the privacy notice."""

    pengendali = _ControllerText("nama pengendali data (pengendali)", "the data controller's name (pengendali)")
    email = _ControllerEmail("alamat e-mail pengendali data (email)", "the data controller's e-mail address (email)")


class KimConfig(base.Config):
    # folder of the KIM files, relative to mkdocs.yml
    data_dir = c.Type(str, default="kims")
    # folder of the partner files (mitra/<slug>.yml), relative to mkdocs.yml; may be missing;
    # named `mitra` wherever it is (e.g. data/mitra), as a file's kind is its folder's name
    mitra_dir = _PartnerFolder()
    # our page templates, relative to mkdocs.yml
    templates_dir = c.Type(str, default="theme/kim")
    # "edit this profile" links: this prefix + the file's path in the repository;
    # by default repo_url + "edit/main/"
    edit_base = c.Optional(c.Type(str))
    # the reference date for staleness and expiry (YYYY-MM-DD); default: $KIM_TODAY or today
    today = c.Optional(c.Type(str))
    # map tiles; their host is the only third party the site talks to
    tiles = c.Type(str, default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    # where share cards are kept between builds (generator/site/keep.py),
    # relative to mkdocs.yml
    cache_dir = c.Type(str, default=".cache/kim")
    # who controls the personal data the site publishes: required, the build stops without it
    privasi = c.SubConfig(PrivacyConfig)
