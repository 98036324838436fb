"""Direktori KIM: turn one YAML file per KIM into a validated catalogue and a site.

Each subpackage says what it owns and what it may import; the import rules are checked by
the import-linter contracts in pyproject.toml."""
