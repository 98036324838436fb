"""Direktori KIM: turn one YAML file per KIM into a validated catalogue and a site."""
