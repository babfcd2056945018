#!/usr/bin/python3
"""Makes the package fixtures in this folder from the bundled sample. Run by hand (python3-openpyxl, LibreOffice);
the tests read the committed files and never run this.

    /usr/bin/python3 test/packages/make_fixtures.py [parts] [writers] [template] [empty-rows]

- parts.xlsm: one of each part an office's file may hold (see README "What generate keeps"): comment, image,
  shape, the office's chart, data validation, the office's conditional format, defined names (print area, print
  titles, a hidden name), hidden rows and columns, outline levels, print settings, frozen panes, tab colour,
  sheet and workbook protection, an external link with cached values and a formula that uses it, custom XML,
  custom document properties, a pivot table with its cache (definition and records) and a slicer on it (its
  cache, its part and its drawing), a threaded comment with its person list, and a vbaProject.bin (an opaque stand-in: the test proves it is carried byte for
  byte, not that a macro runs). openpyxl writes it, with absolute relationship targets; the parts openpyxl cannot
  make are added by hand from the ECMA-376 examples and, for slicers and threaded comments, the [MS-XLSX]
  structures (the x14 schema in test/ooxml/xsd).
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
    # The pivot table's source and its rendered cells (sheet 3, sheetId 3): the sum of Pagu by Bidang.
    dp = wb.create_sheet('Data Pivot')
    for row in [('Bidang', 'Pagu'), ('Sekretariat', 100), ('PPA', 200), ('Sekretariat', 50)]:
        dp.append(row)
    for ref, v in [('D3', 'Bidang'), ('E3', 'Sum of Pagu'), ('D4', 'PPA'), ('E4', 200), ('D5', 'Sekretariat'),
                   ('E5', 150), ('D6', 'Grand Total'), ('E6', 350)]:
        dp[ref] = v
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

    X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main'
    TC = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments'
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    rels = lambda *items: head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(
        f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items) + '</Relationships>'
    # ECMA-376 Part 1, 18.10: a cache of the source range with its records, and the table laid out in D3:E6.
    cache_def = (
        f'{head}<pivotCacheDefinition xmlns="{MAIN}" xmlns:r="{REL}" r:id="rId1" refreshedBy="Perencana" '
        'refreshedDate="44926.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3">'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Data Pivot"/></cacheSource>'
        '<cacheFields count="2"><cacheField name="Bidang" numFmtId="0"><sharedItems count="2"><s v="Sekretariat"/><s v="PPA"/></sharedItems></cacheField>'
        '<cacheField name="Pagu" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="50" maxValue="200"/></cacheField></cacheFields>'
        f'<extLst><ext uri="{{725AE2AE-9491-48be-B2B4-4EB974FC3084}}" xmlns:x14="{X14}"><x14:pivotCacheDefinition pivotCacheId="1"/></ext></extLst>'
        '</pivotCacheDefinition>'
    )
    cache_records = (
        f'{head}<pivotCacheRecords xmlns="{MAIN}" xmlns:r="{REL}" count="3">'
        '<r><x v="0"/><n v="100"/></r><r><x v="1"/><n v="200"/></r><r><x v="0"/><n v="50"/></r></pivotCacheRecords>'
    )
    pivot_table = (
        f'{head}<pivotTableDefinition xmlns="{MAIN}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" '
        'applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" '
        'updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1">'
        '<location ref="D3:E6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
        '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="1"/><item x="0"/><item t="default"/></items></pivotField>'
        '<pivotField dataField="1" showAll="0"/></pivotFields>'
        '<rowFields count="1"><field x="0"/></rowFields>'
        '<rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>'
        '<colItems count="1"><i/></colItems>'
        '<dataFields count="1"><dataField name="Sum of Pagu" fld="1" baseField="0" baseItem="0"/></dataFields>'
        '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>'
        '</pivotTableDefinition>'
    )
    # [MS-XLSX] 2.6.62-2.6.71 (x14): a slicer cache on the pivot cache's Bidang field, the slicer, and its frame
    # in a drawing (an mc:AlternateContent whose fallback is a plain shape, as Excel writes it).
    slicer_cache = (
        f'{head}<slicerCacheDefinition xmlns="{X14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'mc:Ignorable="x" xmlns:x="{MAIN}" name="Slicer_Bidang" sourceName="Bidang">'
        '<pivotTables><pivotTable tabId="3" name="PivotTable1"/></pivotTables>'
        '<data><tabular pivotCacheId="1"><items count="2"><i x="1" s="1"/><i x="0" s="1"/></items></tabular></data>'
        '</slicerCacheDefinition>'
    )
    slicer = (
        f'{head}<slicers xmlns="{X14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'mc:Ignorable="x xr10" xmlns:x="{MAIN}" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10">'
        '<slicer name="Bidang" cache="Slicer_Bidang" caption="Bidang" rowHeight="241300"/></slicers>'
    )
    slicer_drawing = (
        f'{head}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
        '<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">'
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Bidang"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer">'
        '<sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="Bidang"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice>'
        '<mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="3800000" y="381000"/><a:ext cx="1828800" cy="1905000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
        '<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Slicer Bidang (Excel 2010 or later)</a:t></a:r></a:p></xdr:txBody></xdr:sp></mc:Fallback>'
        '</mc:AlternateContent><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
    )
    # [MS-XLSX] 2.1.? threadedComments (2018): a thread on B7 (which has its legacy comment) and who wrote it.
    person_id = '{7A3C1E55-2B4D-4C6E-9F80-1A2B3C4D5E6F}'
    threaded = (
        f'{head}<ThreadedComments xmlns="{TC}" xmlns:x="{MAIN}">'
        f'<threadedComment ref="B7" dT="2022-12-31T08:00:00.00" personId="{person_id}" id="{{3F1E2D4C-5B6A-4978-8695-A4B3C2D1E0F9}}">'
        '<text>Diperiksa Bappeda</text></threadedComment></ThreadedComments>'
    )
    persons = (
        f'{head}<personList xmlns="{TC}" xmlns:x="{MAIN}">'
        f'<person displayName="Perencana" id="{person_id}" userId="Perencana" providerId="None"/></personList>'
    )
    MSREL = 'http://schemas.microsoft.com/office'

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
                '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>'
                '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>'
                '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>'
                '<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>'
                '<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>'
                '<Override PartName="/xl/drawings/drawingSlicer1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
                '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>'
                '</Types>')
        elif name == 'xl/_rels/workbook.xml.rels':
            text = text.replace('</Relationships>',
                f'<Relationship Id="rIdExt1" Type="{REL}/externalLink" Target="/xl/externalLinks/externalLink1.xml"/>'
                '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="/xl/vbaProject.bin"/>'
                f'<Relationship Id="rIdCx1" Type="{REL}/customXml" Target="../customXml/item1.xml"/>'
                f'<Relationship Id="rIdPc1" Type="{REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>'
                f'<Relationship Id="rIdSc1" Type="{MSREL}/2007/relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"/>'
                f'<Relationship Id="rIdPs1" Type="{MSREL}/2017/10/relationships/person" Target="persons/person.xml"/>'
                '</Relationships>')
        elif name == 'xl/worksheets/_rels/sheet1.xml.rels':
            text = text.replace('</Relationships>',
                f'<Relationship Id="rIdTc1" Type="{MSREL}/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>')
        elif name == 'xl/worksheets/sheet3.xml':
            assert '<drawing' not in text and '<extLst' not in text
            text = text.replace('</worksheet>', f'<drawing r:id="rIdDr1"/><extLst><ext uri="{{A8765BA9-456A-4dab-B4F3-ACF838C121DE}}" xmlns:x14="{X14}">'
                                '<x14:slicerList><x14:slicer r:id="rIdSl1"/></x14:slicerList></ext></extLst></worksheet>')
            if 'xmlns:r=' not in text[:500]:
                text = text.replace(f'xmlns="{MAIN}"', f'xmlns="{MAIN}" xmlns:r="{REL}"', 1)
        elif name == '_rels/.rels':
            text = text.replace('</Relationships>',
                f'<Relationship Id="rIdCustom" Type="{REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>')
        elif name == 'xl/workbook.xml':
            text = re.sub(r'(</sheets>)', r'\1<externalReferences><externalReference xmlns:r="%s" r:id="rIdExt1"/></externalReferences>' % REL, text)
            text = text.replace('</definedNames>', '<definedName name="Slicer_Bidang">#N/A</definedName></definedNames>')
            assert '<extLst' not in text and '<pivotCaches' not in text
            text = text.replace('</workbook>', f'<pivotCaches><pivotCache xmlns:r="{REL}" cacheId="1" r:id="rIdPc1"/></pivotCaches>'
                                f'<extLst><ext uri="{{BBE1A952-AA13-448e-AADC-164F8A28A991}}" xmlns:x14="{X14}" xmlns:r="{REL}">'
                                '<x14:slicerCaches><x14:slicerCache r:id="rIdSc1"/></x14:slicerCaches></ext></extLst></workbook>')
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
        'xl/pivotCache/pivotCacheDefinition1.xml': cache_def,
        'xl/pivotCache/pivotCacheRecords1.xml': cache_records,
        'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': rels(('rId1', f'{REL}/pivotCacheRecords', 'pivotCacheRecords1.xml')),
        'xl/pivotTables/pivotTable1.xml': pivot_table,
        'xl/pivotTables/_rels/pivotTable1.xml.rels': rels(('rId1', f'{REL}/pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml')),
        'xl/slicerCaches/slicerCache1.xml': slicer_cache,
        'xl/slicers/slicer1.xml': slicer,
        'xl/drawings/drawingSlicer1.xml': slicer_drawing,
        'xl/worksheets/_rels/sheet3.xml.rels': rels(
            ('rIdPt1', f'{REL}/pivotTable', '../pivotTables/pivotTable1.xml'),
            ('rIdDr1', f'{REL}/drawing', '../drawings/drawingSlicer1.xml'),
            ('rIdSl1', f'{MSREL}/2007/relationships/slicer', '../slicers/slicer1.xml')),
        'xl/threadedComments/threadedComment1.xml': threaded,
        'xl/persons/person.xml': persons,
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


def excel_template():
    """Excel's add-in template (office-addin-dev-settings, written by the Open XML SDK): a byte-order mark,
    `x:`-prefixed SpreadsheetML, absolute targets, random relationship ids, `sheet.xml`, no styles part and a
    task pane web extension; its one sheet given the sample's cells (without their formats, which need a styles
    part the template has not) and merged areas, spelled as the template spells it."""
    template = os.path.join(ROOT, 'node_modules', 'office-addin-dev-settings', 'templates', 'ExcelWorkbookWithTaskPane.xlsx')
    sample_sheet = zipfile.ZipFile(SAMPLE).read('xl/worksheets/sheet1.xml').decode('utf-8')
    data = sample_sheet[sample_sheet.index('<sheetData>'):sample_sheet.index('</mergeCells>') + len('</mergeCells>')]
    data = re.sub(r' s="\d+"', '', data)
    data = re.sub(r'<(/?)(?![?!])([A-Za-z]+)(?=[\s>/])', r'<\1x:\2', data)

    def change(name, content):
        if name == 'xl/worksheets/sheet.xml':
            return content.decode('utf-8-sig').replace('<x:sheetData />', data).encode('utf-8-sig')
        if name == 'xl/workbook.xml':
            return content.decode('utf-8-sig').replace('name="Sheet1"', 'name="Realisasi 2022"').encode('utf-8-sig')
        return content
    open(os.path.join(HERE, 'writer-excel-template.xlsx'), 'wb').write(rezip(open(template, 'rb').read(), change))


def empty_rows():
    """The sample with 150,000 empty rows under its table that carry a format (as a sheet formatted down to
    its last row leaves them): each a <row> with its style, no cell."""
    rows = ''.join(f'<row r="{r}" s="2" customFormat="1" ht="15" customHeight="1"/>' for r in range(60, 150060))
    open(os.path.join(HERE, 'writer-empty-rows.xlsx'), 'wb').write(rezip(open(SAMPLE, 'rb').read(), sheet_change(
        lambda x: x.replace('</sheetData>', rows + '</sheetData>').replace('<dimension ref="A1:K58"/>', '<dimension ref="A1:K150059"/>'))))


if __name__ == '__main__':
    import sys
    if 'parts' in sys.argv[1:] or len(sys.argv) == 1:
        parts()
    if 'writers' in sys.argv[1:] or len(sys.argv) == 1:
        writers()
    if 'template' in sys.argv[1:] or len(sys.argv) == 1:
        excel_template()
    if 'empty-rows' in sys.argv[1:] or len(sys.argv) == 1:
        empty_rows()
