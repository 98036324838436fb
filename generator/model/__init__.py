"""What every layer may use: the validated `Kim` record, the official region list, the
controlled vocabularies and the rules of a safe link.

Imports nothing else of `generator`; no templates, HTML or MkDocs.
"""
