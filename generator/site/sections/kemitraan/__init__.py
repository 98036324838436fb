"""The partnership board: open requests and offers, pages per province and per partner type,
partners, the board's index and data files, a feed.

Pure functions from the model to view models (and to the bytes of the JSON files and the Atom
feed); the `PartnershipSection` hands them to the templates. Expired items (past `hingga`)
never leave `open_items`, so no page or file built from it can show one. Pages show
`consented_contacts`: a person's contact only with recorded consent; the data files and the
feed are made from `model.for_bulk` KIMs, without personal contacts.

Which module holds what:

- `items.py`: the open items (`open_items`, `requests_for`, `offers_for`,
  `province_items`) and the partners KIMs work with (`aggregate_partners`).
- `views.py`: the view models of the board and its pages, and their keys for `serve`.
- `partners.py`: those of the pages of existing partnerships.
- `province.py`: those of the pages per province and per regency.
- `programmes.py`: the partners' open programmes, their cards and `kemitraan/program.json`.
- `files.py`: the board's compact index and data files.
- `feed.py`: the Atom feed.
- `section.py`: `PartnershipSection`, which hands them to the `Site`.

Addresses are in `site/routes.py`. What grows with the catalogue, and where (nothing on a
page of the whole country):

- `/kemitraan/` shows the newest `NEWEST` items and `programmes.LISTED` programmes, the
  filter menus (bounded by the provinces and the vocabulary) and the provinces with their
  counts. Its script (theme/assets/kim/kemitraan.js) filters over the whole country from
  `kemitraan/indeks.json` (one short row per open item, and the regencies' names for its
  regency menu, see `files.board_index`) and fetches the cards it shows from
  `kemitraan/data/<province>-<part>.json` (`PART` items each, newest first, see
  `files.board_parts`), only the parts holding the cards on screen.
- `/kemitraan/<province>/` lists the open items of one province, by regency: the way to
  every item without JavaScript. A province with more than `province.ONE_PAGE` lists its
  regencies with their counts and its newest `NEWEST` items, and each regency has its pages,
  `/kemitraan/<province>/<regency>/` and `.../2/` on, `province.ONE_PAGE` items each: a
  province's page grows with its number of regencies, no page with the items. A province
  without items has one when an open programme's work area names it
  (`programmes.named_provinces`). A search in its address fetches `kemitraan/provinsi.json`,
  every province's names (`files.board_files`).
- `/kemitraan/<jenis>/` shows what the board filtered by that partner type shows: the
  requests seeking it and the offers meant for it, counted per province (linking to the
  province pages, filtered alike), and the newest `FOR_TYPE` of each with their contacts.
- Both list the partners' open programmes of their type or work area, at most
  `programmes.LISTED` (`programmes.py`).
- `/kemitraan/mitra/` lists the `partners.PARTNERS_LIMIT` partners working with the most
  KIMs, each with at most `partners.PARTNER_KIMS_LIMIT` KIMs, and the provinces:
  `/kemitraan/mitra/<province>/` lists every partnership of its KIMs, by regency, or, over
  `partners.ONE_PAGE`, its regencies, each with its page `/kemitraan/mitra/<province>/<regency>/`.
- `kemitraan/feed.xml` holds the newest `FEED_LIMIT` items.

May import what every section may (`generator.site.sections`).
"""
