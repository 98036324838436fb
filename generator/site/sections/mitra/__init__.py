"""The partners' pages: `/mitra/` lists every partner (institutions that publish programmes
KIMs can join, `mitra/<slug>.yml`) by type, `/mitra/<slug>/` shows one with its programmes,
the KIMs naming it among their partnerships (`slug_mitra`) and institutional contacts, in
both languages, and `data/mitra.json` holds them all as open data (partner files hold no
personal data: validation refuses a person's contact).

- `views.py`: the view models of the list and of a partner's page.
- `files.py`: data/mitra.json.
- `section.py`: `PartnerSection`, which hands them to the `Site`.

Templates: `theme/kim/mitra.html` (the list) and `theme/kim/mitra_profil.html` (a partner);
the list's filter is `theme/assets/kim/mitra.js`. Addresses are in `site/routes.py`.

May import what every section may (`generator.site.sections`).
"""
