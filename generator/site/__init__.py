"""The site, builder-agnostic: from the model to page bodies and data files.

`core.Site` holds a build; `views` turn the model into view models for the templates
(`templating`, the only place that sets up Jinja); `files` writes the open data, search
index and sitemap; `sections` are the parts beyond the directory (partnership board,
statistics, worklists, contribution form), handed to the `Site` by the MkDocs edge.
May import `generator.format` and `generator.model`; never MkDocs.
"""
