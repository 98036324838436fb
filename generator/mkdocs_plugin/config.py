"""Options of the `kim` MkDocs plugin (mkdocs.yml: plugins: - kim: ...)."""

from mkdocs.config import base
from mkdocs.config import config_options as c


class KimConfig(base.Config):
    # folder of the KIM files, relative to mkdocs.yml
    data_dir = c.Type(str, default="kims")
    # our page templates, relative to mkdocs.yml
    templates_dir = c.Type(str, default="theme/kim")
    # "edit this profile" links: this prefix + the file's path in the repository;
    # by default repo_url + "edit/main/"
    edit_base = c.Optional(c.Type(str))
    # the reference date for staleness and expiry (YYYY-MM-DD); default: $KIM_TODAY or today
    today = c.Optional(c.Type(str))
    # map tiles; their host is the only third party the site talks to
    tiles = c.Type(str, default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
