"""`kim impor` and `kim ekspor`: a communication office's spreadsheet to KIM files and back.

`sheet` reads .xlsx and .csv files and finds the columns, `values` turns cells into the
format's values, `textedit` changes a KIM file's text only where a value changes, `rows`
decides what each row does to which file, `run` is the command, `ekspor` writes the
spreadsheet back. May import `generator.format` and `generator.model`, never the site or
MkDocs (import-linter contracts in pyproject.toml).
"""
