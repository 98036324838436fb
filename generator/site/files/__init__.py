"""The site's data files: open data (JSON, CSV, GeoJSON), the directory's search index and
the sitemap. Pure functions from the model to bytes."""
