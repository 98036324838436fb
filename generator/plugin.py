"""The MkDocs entry point under its first name (`generator.plugin:KimPlugin`), kept for
configurations and installations that still name it; the plugin lives in `mkdocs_plugin`."""

from generator.mkdocs_plugin.plugin import KimPlugin

__all__ = ["KimPlugin"]
