#!/usr/bin/python3
"""Makes the package fixtures in this folder from the bundled sample. Run by hand (python3-openpyxl, LibreOffice);
the tests read the committed files and never run this.

    /usr/bin/python3 test/packages/make_fixtures.py

- parts.xlsm: one of each part an office's file may hold (see README "What generate keeps"): comment, image,
  shape, the office's chart, data validation, the office's conditional format, defined names (print area, print
  titles, a hidden name), hidden rows and columns, outline levels, print settings, frozen panes, tab colour,
  sheet and workbook protection, an external link with cached values and a formula that uses it, custom XML,
  custom document properties, and a vbaProject.bin (an opaque stand-in: the test proves it is carried byte for
  byte, not that a macro runs). openpyxl writes it, with absolute relationship targets; the parts openpyxl cannot
  make are added by hand from the ECMA-376 examples.
- writer-*.xlsx: the sample as other writers spell it (see the writers' table in the README).
"""
import io, os, re, subprocess, shutil, tempfile, zipfile
import openpyxl
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
SAMPLE = os.path.join(ROOT, 'assets', 'sample', 'binjai-dp3am-2022.xlsx')
ICON = os.path.join(ROOT, 'assets', 'icon-32.png')
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def rezip(data, change):
    """The zip with some parts changed: change(name, bytes) -> bytes, or None to drop; extra parts from change.extra."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            new = change(info.filename, src.read(info.filename))
            if new is not None:
                z.writestr(info.filename, new)
        for name, content in getattr(change, 'extra', {}).items():
            z.writestr(name, content)
    return out.getvalue()


def parts():
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb['Realisasi 2022']
    rk = wb['Rencana Kinerja 2022']
    ws['B7'].comment = Comment('Diperiksa Bappeda', 'Perencana')
    img = Image(ICON)
    ws.add_image(img, 'M2')
    dv = DataValidation(type='list', formula1='"Tercapai,Tidak tercapai"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add('M7:M57')
    red = PatternFill(start_color='FFC7CE', end_color='FFC7CE', fill_type='solid')
    ws.conditional_formatting.add('G7:G57', CellIsRule(operator='lessThan', formula=['0'], fill=red))
    ws.print_area = 'A1:K58'
    ws.print_title_rows = '4:5'
    hidden = DefinedName('TahunAnggaran', attr_text="'Realisasi 2022'!$A$1", hidden=True)
    wb.defined_names.append(hidden)
    wb.defined_names.append(DefinedName('PaguTotal', attr_text="'Realisasi 2022'!$G$7"))
    ws.column_dimensions['L'].hidden = True
    ws.row_dimensions[75].hidden = True
    ws['A75'] = 'baris tersembunyi'
    for r in range(8, 11):
        ws.row_dimensions[r].outline_level = 1
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins.left = 0.4
    ws.oddHeader.center.text = 'LKjIP 2022'
    ws.freeze_panes = 'C7'
    ws.sheet_properties.tabColor = '2F5597'
    rk.protection.sheet = True
    rk.protection.password = 'rahasia'
    wb.security = WorkbookProtection(lockStructure=False, lockWindows=False)
    chart = BarChart()
    chart.title = 'Target per indikator'
    chart.add_data(Reference(rk, min_col=8, min_row=21, max_row=23), titles_from_data=False)
    rk.add_chart(chart, 'H2')
    # Uses the external link's cached value (added below): =[1]Rekap!$B$2 is 125.
    rk['H20'] = '=[1]Rekap!$B$2*2'
    rk['H22'] = 40
    rk['H23'] = 2
    rk['H21'] = '=SUM(H22:H23)'
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()

    external = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="{MAIN}" xmlns:r="{REL}">'
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Rekap"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>125</v></cell></row></sheetData></sheetDataSet>'
        '</externalBook></externalLink>'
    )
    external_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/externalLinkPath" Target="rekap-skpd.xlsx" TargetMode="External"/></Relationships>'
    )
    custom_item = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dinas xmlns="urn:capaian:fixture"><kode>2.08.01</kode></dinas>'
    custom_props = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{6A2F1C4E-3B5D-4E7F-8A9B-0C1D2E3F4A5B}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'
    )
    custom_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>'
    )
    doc_custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="OPD"><vt:lpwstr>DP3AM Kota Binjai</vt:lpwstr></property></Properties>'
    )
    # An opaque stand-in for a VBA project: an OLE compound file header and filler.
    vba = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(range(256)) * 8
    shape = (
        '<xdr:twoCellAnchor xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
        '<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="900" name="Catatan Kepala Dinas"/><xdr:cNvSpPr/></xdr:nvSpPr>'
        '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill></xdr:spPr>'
        '<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Paraf</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>'
    )

    def change(name, content):
        text = content.decode('utf-8') if name.endswith(('.xml', '.rels')) else None
        if name == '[Content_Types].xml':
            text = text.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                                'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
            text = text.replace('</Types>',
                '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
                '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
                '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
                '</Types>')
        elif name == 'xl/_rels/workbook.xml.rels':
            text = text.replace('</Relationships>',
                f'<Relationship Id="rIdExt1" Type="{REL}/externalLink" Target="/xl/externalLinks/externalLink1.xml"/>'
                '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="/xl/vbaProject.bin"/>'
                f'<Relationship Id="rIdCx1" Type="{REL}/customXml" Target="../customXml/item1.xml"/>'
                '</Relationships>')
        elif name == '_rels/.rels':
            text = text.replace('</Relationships>',
                f'<Relationship Id="rIdCustom" Type="{REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>')
        elif name == 'xl/workbook.xml':
            text = re.sub(r'(</sheets>)', r'\1<externalReferences><externalReference xmlns:r="%s" r:id="rIdExt1"/></externalReferences>' % REL, text)
        elif name == 'xl/drawings/drawing1.xml':
            assert '</wsDr>' in text
            text = text.replace('</wsDr>', shape + '</wsDr>')
        return text.encode('utf-8') if text is not None else content

    change.extra = {
        'xl/externalLinks/externalLink1.xml': external,
        'xl/externalLinks/_rels/externalLink1.xml.rels': external_rels,
        'xl/vbaProject.bin': vba,
        'customXml/item1.xml': custom_item,
        'customXml/itemProps1.xml': custom_props,
        'customXml/_rels/item1.xml.rels': custom_rels,
        'docProps/custom.xml': doc_custom,
    }
    data = rezip(data, change)
    with open(os.path.join(HERE, 'parts.xlsm'), 'wb') as f:
        f.write(data)


def sheet_change(fn):
    return lambda name, content: fn(content.decode('utf-8')).encode('utf-8') if name == 'xl/worksheets/sheet1.xml' else content


def writers():
    sample = open(SAMPLE, 'rb').read()
    # openpyxl, as it writes any workbook it saves (absolute targets for comments: a comment on the table).
    wb = openpyxl.load_workbook(SAMPLE)
    wb['Realisasi 2022']['B7'].comment = Comment('cek', 'Perencana')
    buf = io.BytesIO()
    wb.save(buf)
    open(os.path.join(HERE, 'writer-openpyxl.xlsx'), 'wb').write(buf.getvalue())
    # LibreOffice Calc: shared strings, its own styles, <cols> to the last column.
    tmp = tempfile.mkdtemp()
    shutil.copy(SAMPLE, os.path.join(tmp, 'in.xlsx'))
    subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', os.path.join(tmp, 'out'),
                    os.path.join(tmp, 'in.xlsx')], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, 'out', 'in.xlsx'), os.path.join(HERE, 'writer-libreoffice.xlsx'))
    # Shared formulas, as Excel writes a column filled down: J7:J8 (cells generate does not write) and J10:J11,
    # whose lead cell generate replaces while J11 stays the office's.
    def shared(xml):
        groups = {7: ('J7:J8', 0), 8: (None, 0), 10: ('J10:J11', 1), 11: (None, 1)}
        for r, (ref, si) in groups.items():
            f = f'<f t="shared" ref="{ref}" si="{si}">IF(G{r}=0,0,I{r}/G{r})</f>' if ref else f'<f t="shared" si="{si}"/>'
            def cell(m, r=r, f=f):
                return '<c r="J%d"%s>%s</c>' % (r, m.group(1).replace(' t="inlineStr"', ''), f)
            xml = re.sub(rf'<c r="J{r}"([^>]*?)(?:/>|>.*?</c>)', cell, xml, count=1)
        return xml
    open(os.path.join(HERE, 'writer-shared-formulas.xlsx'), 'wb').write(rezip(sample, sheet_change(shared)))
    # No <dimension>: it is optional.
    open(os.path.join(HERE, 'writer-no-dimension.xlsx'), 'wb').write(
        rezip(sample, sheet_change(lambda x: re.sub(r'<dimension [^>]*/>', '', x))))
    # x:-prefixed SpreadsheetML (as .NET's System.IO.Packaging writers do).
    def prefixed(name, content):
        if not name.endswith('.xml') or not name.startswith('xl/') or 'theme' in name:
            return content
        x = content.decode('utf-8')
        x = x.replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"')
        x = re.sub(r'<(/?)(?![?!])([A-Za-z]+)(?=[\s>/])', r'<\1x:\2', x)
        return x.encode('utf-8')
    open(os.path.join(HERE, 'writer-x-prefix.xlsx'), 'wb').write(rezip(sample, prefixed))
    # Strict conformance (ISO/IEC 29500 Strict): the namespaces Excel's "Strict Open XML Spreadsheet" uses.
    def strict(name, content):
        if name.endswith('.xml'):
            x = content.decode('utf-8').replace(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
            return x.replace(REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships').encode('utf-8')
        return content
    open(os.path.join(HERE, 'writer-strict.xlsx'), 'wb').write(rezip(sample, strict))


parts()
writers()
