"""The site's data files: open data (JSON, CSV, GeoJSON), the directory's search index and
the sitemap. Pure functions from the model to bytes.

May import `generator.model`, `generator.format` and the site's shared modules
(`routes`, `jsonout`, `textfold`, `i18n`); never a section, templates or MkDocs."""
