"""The MkDocs edge, the only package that imports MkDocs: the plugin's hooks and typed
configuration, the writers of the per-KIM output, the finishing of theme pages and the
data-folder watch of `mkdocs serve`. It hands the catalogue to `generator.site` and
writes what comes back; a move to another builder replaces only this package.

May import every other package of `generator`; none of them imports this one."""
