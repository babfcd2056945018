"""The parts of make_writer_traits.py that no one writer owns: the sample read with openpyxl, rows, cells and
merges spelled plainly, the zip, and the namespaces."""
import io, os, zipfile
from xml.sax.saxutils import escape
import openpyxl
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, '..', '..', 'assets', 'sample', 'binjai-dp3am-2022.xlsx')
GOOGLE_REAL = os.path.join(HERE, 'google-sheets-export.xlsx')
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
CT = 'http://schemas.openxmlformats.org/package/2006/content-types'
T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Built-in number formats (ECMA-376 Part 1, 18.8.30): the sample's two formats have ids of their own.
BUILTIN = {'General': 0, '#,##0': 3, '0.00%': 10}
FORMATS = ['General', '#,##0', '0.00%']


def read_sample():
    """The sample's sheets: cells by row (column, value, number format), merges, column widths, used range."""
    wb = openpyxl.load_workbook(SAMPLE)
    sheets = []
    for ws in wb:
        rows = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    rows.setdefault(c.row, []).append((c.column, c.value, c.number_format))
        widths = sorted(
            (openpyxl.utils.column_index_from_string(k), v.width)
            for k, v in ws.column_dimensions.items()
            if v.width
        )
        sheets.append(
            dict(name=ws.title, rows=rows, merges=[str(m) for m in ws.merged_cells.ranges], widths=widths,
                 dim=ws.dimensions, last=max(c for cells in rows.values() for c, _, _ in cells))
        )
    return sheets


class Strings:
    """A shared-string table in order of first use."""

    def __init__(self):
        self.index, self.count = {}, 0

    def of(self, text):
        self.count += 1
        return self.index.setdefault(text, len(self.index))

    def xml(self, head=HEAD):
        items = ''.join(
            '<si><t%s>%s</t></si>' % (' xml:space="preserve"' if t != t.strip() else '', escape(t))
            for t in self.index
        )
        return '%s<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (head, MAIN, self.count, len(self.index), items)


def rows_xml(s, row_attrs, cell):
    """The sheet's rows, `row_attrs` on each, every cell as `cell(ref, value, number format)` spells it."""
    return ''.join(
        '<row r="%d"%s>%s</row>'
        % (r, row_attrs, ''.join(cell('%s%d' % (get_column_letter(c), r), v, f) for c, v, f in sorted(s['rows'][r])))
        for r in sorted(s['rows'])
    )


def plain_cell(strings):
    """Strings shared (t="s"), s= only for a style other than 0, numbers in their shortest decimal form."""

    def cell(ref, value, fmt):
        style = FORMATS.index(fmt)
        attr = ' s="%d"' % style if style else ''
        if isinstance(value, str):
            return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, attr, strings.of(value))
        return '<c r="%s"%s><v>%s</v></c>' % (ref, attr, repr(value))

    return cell


def merges_xml(s):
    merges = ''.join('<mergeCell ref="%s"/>' % m for m in s['merges'])
    return '<mergeCells count="%d">%s</mergeCells>' % (len(s['merges']), merges) if merges else ''


def zipped(parts, order=None, descriptors=False, utf8_flag=False):
    """The package; `descriptors` writes each entry's sizes after its data (general purpose bit 3)."""
    out = io.BytesIO()

    class Stream(io.RawIOBase):
        """Not seekable: Python's zipfile then writes data descriptors, as a streaming writer does."""

        def writable(self):
            return True

        def write(self, b):
            return out.write(b)

    target = Stream() if descriptors else out
    with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in order or list(parts):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
    data = bytearray(out.getvalue())
    if utf8_flag:
        # zipfile sets bit 11 (UTF-8 names) only for names outside ASCII: set in every local and central header.
        central = zipfile.ZipFile(io.BytesIO(bytes(data)))
        for info in central.infolist():
            data[info.header_offset + 7] |= 0x08
        at = data.find(b'PK\x01\x02')
        while at >= 0:
            data[at + 9] |= 0x08
            at = data.find(b'PK\x01\x02', at + 4)
    return bytes(data)


def theme_of_sample():
    with zipfile.ZipFile(SAMPLE) as z:
        return z.read('xl/theme/theme1.xml')
