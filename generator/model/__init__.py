"""What every layer may use: the validated `Kim` record, the official region list, the
controlled vocabularies, the rules of a safe link and of a spreadsheet cell that stays text
(`cells`); where the generator's data files are (`datafiles`) and the process caches a build
may empty (`caches`).

Imports nothing else of `generator`; no templates, HTML or MkDocs.
"""
