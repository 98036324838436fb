"""The coach's worklists as files: each regency's `wilayah/<code>/worklist.csv`, and for a
regency with KIMs `worklist.xlsx`, the same rows for offices that plan in spreadsheets."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from functools import partial
from typing import Iterator
from xml.sax.saxutils import escape

from generator.site.core import Site
from generator.site.pages import DeferredFile, Page, ThemePage
from generator.site.routes import worklist_csv, worklist_xlsx
from generator.site.worklist import CSV_FIELDS, Worklists

# Every entry of the XLSX zip gets this time, and the workbook's properties the build's date:
# the same build writes the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# zlib's fastest level: a third of the default's CPU (0.2 s instead of 0.6 s for the 514
# regencies at 10,000 KIMs) for files about a sixth larger (4.7 MB instead of 4.0 MB in all).
_ZIP_LEVEL = 1


class WorklistSection:
    """Writes each regency's worklist files (see `site.Section`)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self._made_rows: tuple[str | None, list[tuple[str, ...]]] = (None, [])

    def theme_pages(self) -> list[ThemePage]:
        return []

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, DeferredFile]]:
        for code in self.site.regions.regencies:
            yield worklist_csv(code), DeferredFile(partial(self._key, "csv", code), partial(self._csv, code))
            if self.site.worklists.members.get(code):  # else no XLSX: the CSV lists the villages
                yield worklist_xlsx(code), DeferredFile(partial(self._key, "xlsx", code), partial(self._xlsx, code))

    def _key(self, kind: str, code: str) -> tuple:
        # The rows follow from the regency's KIMs and the day; the villages, the criteria
        # and the code that sorts them are the build's sources.
        site = self.site
        return "worklist", kind, code, site.site_url, site.today, tuple(site.worklists.members.get(code, ()))

    def _csv(self, code: str) -> bytes:
        return self.site.worklists.csv(code, self.site.site_url, partial(self._rows, code))

    def _xlsx(self, code: str) -> bytes:
        w, site_url = self.site.worklists, self.site.site_url
        return w.kept_file("xlsx", code, site_url, lambda: worklist_xlsx_bytes(w, code, site_url, self._rows(code)))

    def _rows(self, code: str) -> list[tuple[str, ...]]:
        """The regency's rows, made once for its CSV and its XLSX (if both are made)."""
        if self._made_rows[0] != code:
            self._made_rows = (code, list(self.site.worklists.rows(code, self.site.site_url)))
        return self._made_rows[1]


def worklist_xlsx_bytes(w: Worklists, regency_code: str, site_url: str,
                        rows: list[tuple[str, ...]] | None = None) -> bytes:
    """The worklist as one sheet with a header row, every cell text (never a formula) but the
    date a profile was last checked, a date cell that sorts and filters as one;
    `rows`: the regency's `Worklists.rows`, when the caller has made them already.

    Written directly, not with openpyxl: its every workbook costs about 0.1 s of CPU before
    the first row, half a minute for the regencies of a national build, while these few
    fixed parts cost a millisecond. openpyxl reads them back in the tests."""
    if rows is None:
        rows = list(w.rows(regency_code, site_url))
    sheet = _row_xml(1, CSV_FIELDS, dated=False) + "".join(_row_xml(r, row) for r, row in enumerate(rows, 2))
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/core.xml": _CORE.format(date=w.today.isoformat()),
        "xl/workbook.xml": _WORKBOOK.format(name=escape(regency_code)),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/styles.xml": _STYLES,
        "xl/worksheets/sheet1.xml": _SHEET.format(rows=sheet),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in parts.items():
            entry = zipfile.ZipInfo(name, _ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            book.writestr(entry, text.encode("utf-8"), compresslevel=_ZIP_LEVEL)
    return out.getvalue()


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


_COLUMNS = tuple(_column(c) for c in range(len(CSV_FIELDS)))
_DATES = (CSV_FIELDS.index("diperbarui"), CSV_FIELDS.index("berlaku_hingga"))
_DAY_ZERO = dt.date(1899, 12, 30).toordinal()  # a spreadsheet's date is its days since then


def _row_xml(row: int, values: tuple[str, ...], dated: bool = True) -> str:
    """A row of the sheet, its cells as inline text, the date (if `dated`) a number in the
    date style; an empty value has no cell. A hundred thousand rows at 10,000 KIMs: the
    column letters are made once and the text escaped with C string methods (what
    xml.sax.saxutils.escape does, without its call)."""
    cells = "".join(
        f'<c r="{column}{row}" s="1"><v>{dt.date.fromisoformat(value).toordinal() - _DAY_ZERO}</v></c>'
        if dated and c in _DATES else
        f'<c r="{column}{row}" t="inlineStr"><is><t xml:space="preserve">'
        f'{value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</t></is></c>'
        for c, (column, value) in enumerate(zip(_COLUMNS, values)) if value)
    return f'<row r="{row}">{cells}</row>'


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES = _XML + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>")
_ROOT_RELS = _XML + (
    f'<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    "</Relationships>")
_CORE = _XML + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Direktori KIM</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified></cp:coreProperties>')
_WORKBOOK = _XML + (
    f'<workbook xmlns="{_MAIN}" xmlns:r="{_OFFICE_RELS}"><sheets>'
    '<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = _XML + (
    f'<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_OFFICE_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_OFFICE_RELS}/styles" Target="styles.xml"/>'
    "</Relationships>")
# Style 1: a date shown as 2026-06-30, whatever the reader's locale
_STYLES = _XML + (
    f'<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>")
_SHEET = _XML + f'<worksheet xmlns="{_MAIN}"><sheetData>{{rows}}</sheetData></worksheet>'
