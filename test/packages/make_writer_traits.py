#!/usr/bin/python3
"""Makes the writers' fixtures that no program here can write: the bundled sample's two sheets as PhpSpreadsheet,
Google Sheets' export and WPS Spreadsheets spell a package. Run by hand (python3-openpyxl, to read the sample);
the tests read the committed files and never run this. The parts no one writer owns are in writer_common.py.

    /usr/bin/python3 test/packages/make_writer_traits.py

None of these writers runs here (only the npm registry and Debian's packages are reachable). Each trait below is
written as the cited source shows it; every part without a cited trait is spelled plainly and says so.

- writer-phpspreadsheet.xlsx: by hand from PhpSpreadsheet's own writer (github.com/PHPOffice/PhpSpreadsheet,
  src/PhpSpreadsheet/Writer/Xlsx/: Workbook.php at 015c83cc, Rels.php at 007cc70f, ContentTypes.php at 02e2f705,
  Worksheet.php at 004a1929, DocProps.php at 0a56a9cf), with its formulas not pre-calculated.
- writer-google-sheets.xlsx: the package of a real Google Sheets export (google-sheets-export.xlsx, beside this
  script: tests/test-data-2.xlsx of the npm package convert-excel-to-json 1.7.0, MIT) with the sample's cells
  in its spelling; what the real file shows is checked against the issues cited below.
- writer-wps.xlsx: by hand from the WPS traits reported in public issues (cited at each trait).
"""
import os, zipfile
from decimal import Decimal
from xml.sax.saxutils import escape
from writer_common import (HERE, GOOGLE_REAL, MAIN, REL, PKG_REL, CT, T, HEAD, BUILTIN, FORMATS, read_sample, Strings, rows_xml, plain_cell, merges_xml, zipped, theme_of_sample)



# ------------------------------------------------------------------------------------------------ PhpSpreadsheet
def phpspreadsheet(sheets):
    strings = Strings()
    parts = {}
    names = [s['name'] for s in sheets] + ['Rekap']
    # Worksheet.php writeSheetData / writeCell: every row carries spans="1:<highest column>"; strings are shared
    # (t="s"); s= only for a style other than 0 (`$pCell->getXfIndex() != ''`). Numbers plainly: PHP's own
    # float-to-string was not checked.
    for i, s in enumerate(sheets):
        rows = rows_xml(s, ' spans="1:%d"' % s['last'], plain_cell(strings))
        parts['xl/worksheets/sheet%d.xml' % (i + 1)] = worksheet_php(s, rows, i == 0)
    # A formula written without pre-calculation (Writer::setPreCalculateFormulas(false)): writeCell gives its
    # <f> without the '=' and a cached <v>0</v>; Workbook.php's calcPr then has fullCalcOnLoad="1".
    rekap = {'name': 'Rekap', 'dim': 'A1:B1', 'widths': [], 'merges': [], 'last': 2}
    rekap_rows = (
        '<row r="1" spans="1:2"><c r="A1" t="s"><v>%d</v></c>'
        "<c r=\"B1\"><f>COUNTA('Realisasi 2022'!E7:E58)</f><v>0</v></c></row>" % strings.of('Jumlah indikator')
    )
    parts['xl/worksheets/sheet3.xml'] = worksheet_php(rekap, rekap_rows, False)
    parts['xl/sharedStrings.xml'] = strings.xml()
    parts['xl/styles.xml'] = styles_plain()  # Style.php was not read: a plain styles part
    parts['xl/theme/theme1.xml'] = theme_of_sample()  # Theme.php writes Office's theme; the sample's is one
    # Workbook.php: xml:space="preserve" on the root; fileVersion appName="xl" lastEdited="4" lowestEdited="4"
    # rupBuild="4505"; workbookPr codeName="ThisWorkbook"; workbookView with every attribute spelled out; sheet
    # r:ids from rId4 (rId1-3 are styles, theme, shared strings: Rels.php); an empty <definedNames/>; calcPr
    # calcId="999999" ("higher than Excel itself will use"), calcCompleted="0" fullCalcOnLoad="1" when not
    # pre-calculated.
    parts['xl/workbook.xml'] = (
        HEAD + '<workbook xml:space="preserve" xmlns="%s" xmlns:r="%s">' % (MAIN, REL)
        + '<fileVersion appName="xl" lastEdited="4" lowestEdited="4" rupBuild="4505"/>'
        + '<workbookPr codeName="ThisWorkbook"/>'
        + '<bookViews><workbookView activeTab="0" autoFilterDateGrouping="1" firstSheet="0" minimized="0" '
        'showHorizontalScroll="1" showSheetTabs="1" showVerticalScroll="1" tabRatio="600" visibility="visible"/>'
        '</bookViews><sheets>'
        + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 4) for i, n in enumerate(names))
        + '</sheets><definedNames/><calcPr calcId="999999" calcMode="auto" calcCompleted="0" fullCalcOnLoad="1"/></workbook>'
    )
    # Rels.php: workbook rels rId1 styles, rId2 theme, rId3 sharedStrings, then worksheets/sheetN.xml;
    # package rels written from rId3 (app) down to rId1 (the workbook).
    parts['xl/_rels/workbook.xml.rels'] = (
        HEAD + '<Relationships xmlns="%s">' % PKG_REL
        + '<Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/>' % T
        + '<Relationship Id="rId2" Type="%stheme" Target="theme/theme1.xml"/>' % T
        + '<Relationship Id="rId3" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % T
        + ''.join('<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>' % (i + 4, T, i + 1)
                  for i in range(len(names)))
        + '</Relationships>'
    )
    parts['_rels/.rels'] = (
        HEAD + '<Relationships xmlns="%s">' % PKG_REL
        + '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>' % T
        + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        + '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/>' % T
        + '</Relationships>'
    )
    # ContentTypes.php: Overrides for theme and styles before the Defaults (rels, xml, vml), then the workbook,
    # docProps, each sheet and the shared strings.
    ov = lambda part, t: '<Override PartName="%s" ContentType="application/vnd.openxmlformats-%s"/>' % (part, t)
    parts['[Content_Types].xml'] = (
        HEAD + '<Types xmlns="%s">' % CT
        + ov('/xl/theme/theme1.xml', 'officedocument.theme+xml')
        + ov('/xl/styles.xml', 'officedocument.spreadsheetml.styles+xml')
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
        + ov('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml')
        + ov('/docProps/app.xml', 'officedocument.extended-properties+xml')
        + ov('/docProps/core.xml', 'package.core-properties+xml')
        + ''.join(ov('/xl/worksheets/sheet%d.xml' % (i + 1), 'officedocument.spreadsheetml.worksheet+xml')
                  for i in range(len(names)))
        + ov('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml')
        + '</Types>'
    )
    # DocProps.php: Application "Microsoft Excel", AppVersion 12.0000, the sheet titles; core with dcmitype
    # declared, W3CDTF dates, and the empty elements it writes for unset properties.
    parts['docProps/app.xml'] = (
        HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
        '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>'
        '<vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>' % len(names)
        + '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
        % (len(names), ''.join('<vt:lpstr>%s</vt:lpstr>' % escape(n) for n in names))
        + '<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>'
    )
    parts['docProps/core.xml'] = (
        HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>Maarten Balliauw</dc:creator><cp:lastModifiedBy>Maarten Balliauw</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T09:30:00+07:00</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-15T09:30:00+07:00</dcterms:modified>'
        '<dc:title>Untitled Spreadsheet</dc:title><dc:description></dc:description><dc:subject></dc:subject>'
        '<cp:keywords></cp:keywords><cp:category></cp:category></cp:coreProperties>'
    )
    # The zip itself (ZipArchive or ZipStream, by version) was not read: written plainly.
    return zipped({k: v if isinstance(v, bytes) else v.encode() for k, v in parts.items()})


def worksheet_php(s, rows, selected):
    """Worksheet.php's order and spelling: xml:space="preserve" on the root; sheetPr with outlinePr always;
    booleans as "true"/"false" (showGridLines, customWidth); sheetFormatPr with outlineLevelRow/Col; each
    column its own <col> with style="0"; headerFooter with its six elements written empty."""
    cols = ''.join(
        '<col min="%d" max="%d" width="%s" customWidth="true" style="0"/>' % (c, c, w, ) for c, w in s['widths']
    )
    return (
        HEAD + '<worksheet xml:space="preserve" xmlns="%s" xmlns:r="%s">' % (MAIN, REL)
        + '<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/></sheetPr>'
        + '<dimension ref="%s"/>' % s['dim']
        + '<sheetViews><sheetView tabSelected="%d" workbookViewId="0" showGridLines="true" showRowColHeaders="1">'
        '<selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>' % (1 if selected else 0)
        + '<sheetFormatPr defaultRowHeight="14.4" outlineLevelRow="0" outlineLevelCol="0"/>'
        + ('<cols>%s</cols>' % cols if cols else '')
        + '<sheetData>%s</sheetData>' % rows
        + merges_xml(s)
        + '<headerFooter differentOddEven="false" differentFirst="false" scaleWithDoc="true" alignWithMargins="true">'
        '<oddHeader></oddHeader><oddFooter></oddFooter><evenHeader></evenHeader><evenFooter></evenFooter>'
        '<firstHeader></firstHeader><firstFooter></firstFooter></headerFooter></worksheet>'
    )


def styles_plain(head=HEAD):
    """A plain styles part: the three formats the sample uses, by their built-in ids."""
    xfs = ''.join(
        '<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"%s/>' % (BUILTIN[f], ' applyNumberFormat="1"' if BUILTIN[f] else '')
        for f in FORMATS
    )
    return (
        head + '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' % MAIN
        + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="%d">%s</cellXfs>' % (len(FORMATS), xfs)
        + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )


# -------------------------------------------------------------------------------------------------- Google Sheets
def java_double(v):
    """A number as the real export prints it (43018.0, 1.0: Java's Double.toString), so 10^7 and more read
    5.36731778E8. The E form is inferred from that spelling, not seen in a real export."""
    v = float(v)
    if v == 0 or 1e-3 <= abs(v) < 1e7:
        text = repr(v)
        return text if '.' in text else text + '.0'
    sign, digits, exp = Decimal(repr(v)).normalize().as_tuple()
    digits = ''.join(map(str, digits))
    return '%s%s.%sE%d' % ('-' if sign else '', digits[0], digits[1:] or '0', len(digits) - 1 + exp)


def google(sheets):
    with zipfile.ZipFile(GOOGLE_REAL) as real:
        workbook_real = real.read('xl/workbook.xml').decode()
        sheet_real = real.read('xl/worksheets/sheet1.xml').decode()
        styles_real = real.read('xl/styles.xml').decode()
        drawing = real.read('xl/drawings/drawing1.xml')
        sheet_rels = real.read('xl/worksheets/_rels/sheet1.xml.rels')
        package_rels = real.read('_rels/.rels')
    # The real export's roots, as they are: the namespaces mx, mv, x14, x14ac, xm declared and not used.
    root_wb = workbook_real[: workbook_real.index('<workbookPr/>')]
    root_ws = sheet_real[: sheet_real.index('<sheetViews>')]
    head = workbook_real[: workbook_real.index('<workbook')]
    strings = Strings()
    parts = {}

    def google_cell(ref, value, fmt):
        # The real export gives every cell its s=, before t="s"; numbers as Java prints them.
        style = FORMATS.index(fmt) + 1
        if isinstance(value, str):
            return '<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, strings.of(value))
        return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, java_double(value))

    for i, s in enumerate(sheets):
        # Each row with a height of its own (ht="18.0" customHeight="1" in the real export).
        rows = rows_xml(s, ' ht="15.75" customHeight="1"', google_cell)
        cols = ''.join(
            '<col customWidth="1" min="%d" max="%d" width="%s"/>' % (c, c, java_double(w)) for c, w in s['widths']
        )
        # No <dimension> (tidyverse/readxl#26: "Invalid sheet xml (no <dimension>) ... created by Google Sheets"),
        # sheetFormatPr customHeight="1" with decimals written out, then the print settings and the empty
        # drawing every sheet of the real exports points to (<printOptions/>, pageMargins with footer="0.0",
        # pageSetup: as in example/example4.xlsx of the npm package xlsx-stream-reader 1.1.1, another real
        # export, not committed: it holds people's data).
        parts['xl/worksheets/sheet%d.xml' % (i + 1)] = (
            root_ws + '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.0"/>'
            + ('<cols>%s</cols>' % cols if cols else '')
            + '<sheetData>%s</sheetData>' % rows
            + merges_xml(s)
            + '<printOptions/><pageMargins bottom="0.75" footer="0.0" header="0.0" left="0.7" right="0.7" top="0.75"/>'
            '<pageSetup orientation="landscape"/><drawing r:id="rId1"/></worksheet>'
        )
        parts['xl/worksheets/_rels/sheet%d.xml.rels' % (i + 1)] = sheet_rels.replace(b'drawing1.xml', b'drawing%d.xml' % (i + 1))
        parts['xl/drawings/drawing%d.xml' % (i + 1)] = drawing
    parts['xl/sharedStrings.xml'] = strings.xml(head)
    # The real styles: Arial 11.0, an empty <font/>, a <border> with left, right, top and bottom but no
    # <diagonal/> (xou/elixlsx#18 quotes the same from a Google Sheets export; exceljs/exceljs#104 "Cant open
    # google sheets XLSX" failed in border.js), cellXfs with alignment readingOrder; formats from 164 on, as the
    # real export numbers its date format. Our three cell formats replace the real file's cellXfs.
    numfmts = '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts>'
    ids = {'General': 0, '#,##0': 164, '0.00%': 165}
    xfs = ''.join(
        '<xf borderId="0" fillId="0" fontId="1" numFmtId="%d" xfId="0" applyAlignment="1" applyFont="1"%s>'
        '<alignment readingOrder="0"/></xf>' % (ids[f], ' applyNumberFormat="1"' if ids[f] else '')
        for f in FORMATS
    )
    before = styles_real[: styles_real.index('<numFmts')]
    middle = styles_real[styles_real.index('<fonts') : styles_real.index('<cellXfs')]
    cellxfs_real = styles_real[styles_real.index('<cellXfs') : styles_real.index('</cellXfs>')]
    first_xf = cellxfs_real[cellxfs_real.index('<xf') : cellxfs_real.index('</xf>') + 5]
    after = styles_real[styles_real.index('</cellXfs>') + len('</cellXfs>') :]
    parts['xl/styles.xml'] = before + numfmts + middle + '<cellXfs count="4">' + first_xf + xfs + '</cellXfs>' + after
    # workbook.xml as exported: <workbookPr/>, each sheet with state="visible" written out and named before
    # its sheetId (nuovo/spreadsheet-reader#178 quotes `<sheet name="Sheet 1" sheetId="1" state="visible"
    # r:id="rId2"/>` from a Google Sheets download; the real export writes state first), sheets' r:ids after
    # styles (rId1) and shared strings (rId2), an empty <definedNames/> and <calcPr/>.
    parts['xl/workbook.xml'] = (
        root_wb + '<workbookPr/><sheets>'
        + ''.join('<sheet state="visible" name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s['name']), i + 1, i + 3)
                  for i, s in enumerate(sheets))
        + '</sheets><definedNames/><calcPr/></workbook>'
    )
    parts['xl/_rels/workbook.xml.rels'] = (
        head + '<Relationships xmlns="%s">' % PKG_REL
        + '<Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/>' % T
        + '<Relationship Id="rId2" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % T
        + ''.join('<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>' % (i + 3, T, i + 1)
                  for i in range(len(sheets)))
        + '</Relationships>'
    )
    parts['_rels/.rels'] = package_rels  # only the workbook: no docProps, no theme in the real export
    ov = lambda part, t: '<Override ContentType="application/vnd.openxmlformats-%s" PartName="%s"/>' % (t, part)
    parts['[Content_Types].xml'] = (
        head + '<Types xmlns="%s">' % CT
        + '<Default ContentType="application/xml" Extension="xml"/>'
        + '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
        + ''.join(ov('/xl/worksheets/sheet%d.xml' % (i + 1), 'officedocument.spreadsheetml.worksheet+xml') for i in range(len(sheets)))
        + ov('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml')
        + ''.join(ov('/xl/drawings/drawing%d.xml' % (i + 1), 'officedocument.drawing+xml') for i in range(len(sheets)))
        + ov('/xl/styles.xml', 'officedocument.spreadsheetml.styles+xml')
        + ov('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml')
        + '</Types>'
    )
    # The real zip: drawings first, [Content_Types].xml last, every entry with a data descriptor and the UTF-8
    # name flag (general purpose bits 0x808).
    n = len(sheets)
    order = (
        ['xl/drawings/drawing%d.xml' % (i + 1) for i in range(n)]
        + sum((['xl/worksheets/sheet%d.xml' % (i + 1), 'xl/worksheets/_rels/sheet%d.xml.rels' % (i + 1)] for i in range(n)), [])
        + ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels',
           '[Content_Types].xml']
    )
    return zipped({k: v if isinstance(v, bytes) else v.encode() for k, v in parts.items()}, order, True, True)


# ------------------------------------------------------------------------------------------------------------ WPS
def wps(sheets):
    strings = Strings()
    parts = {}
    for i, s in enumerate(sheets):
        rows = rows_xml(s, '', plain_cell(strings))
        cols = ''.join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (c, c, w) for c, w in s['widths'])
        # An autoFilter with WPS's own namespace and attribute, and an extLst holding a WPS element directly
        # instead of an <ext> (EPPlus issue 1610, "Spreadsheet application: wps", quotes it:
        # <autoFilter xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" ref="A1:A3"
        # etc:filterBottomFollowUsedRange="0"><extLst><etc:autoFilterAnalysis etc:version="v1" etc:showPane="0"/>
        # </extLst></autoFilter>). On the list sheet, whose columns it filters.
        autofilter = (
            '<autoFilter xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" ref="A1:C%d" '
            'etc:filterBottomFollowUsedRange="0"><extLst><etc:autoFilterAnalysis etc:version="v1" etc:showPane="0"/>'
            '</extLst></autoFilter>' % max(s['rows'])
            if i == 1 else ''
        )
        # <dimension ref="A1"/> on a sheet holding far more (langgenius/dify#1039: openpyxl "can only read the
        # data from the first cell, which is A1:A1" of files generated by WPS).
        parts['xl/worksheets/sheet%d.xml' % (i + 1)] = (
            HEAD + '<worksheet xmlns="%s" xmlns:r="%s">' % (MAIN, REL)
            + '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"%s/></sheetViews>' % (' tabSelected="1"' if i == 0 else '')
            + '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/>'
            + ('<cols>%s</cols>' % cols if cols else '')
            + '<sheetData>%s</sheetData>' % rows
            + autofilter + merges_xml(s)
            + '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>'
        )
    parts['xl/sharedStrings.xml'] = strings.xml()
    parts['xl/styles.xml'] = styles_plain()
    parts['xl/theme/theme1.xml'] = theme_of_sample()
    parts['xl/workbook.xml'] = (
        HEAD + '<workbook xmlns="%s" xmlns:r="%s"><bookViews><workbookView/></bookViews><sheets>' % (MAIN, REL)
        + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s['name']), i + 1, i + 1) for i, s in enumerate(sheets))
        + '</sheets><calcPr calcId="144525"/></workbook>'
    )
    n = len(sheets)
    parts['xl/_rels/workbook.xml.rels'] = (
        HEAD + '<Relationships xmlns="%s">' % PKG_REL
        + ''.join('<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, T, i + 1) for i in range(n))
        + '<Relationship Id="rId%d" Type="%stheme" Target="theme/theme1.xml"/>' % (n + 1, T)
        + '<Relationship Id="rId%d" Type="%sstyles" Target="styles.xml"/>' % (n + 2, T)
        + '<Relationship Id="rId%d" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % (n + 3, T)
        + '</Relationships>'
    )
    # The custom document properties WPS adds, KSOProductBuildVer (its build, with the locale) and ICV
    # (omer-go/docx-parser-converter#2 shows both in a document WPS saved: KSOProductBuildVer "1033-11.2.0.11516"
    # and an ICV GUID); here in docProps/custom.xml, where OOXML keeps custom properties.
    parts['docProps/custom.xml'] = (
        HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        '<vt:lpwstr>1033-11.2.0.11516</vt:lpwstr></property>'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
        '<vt:lpwstr>F2F6D0FDC9334C8E8257259E5916E54E</vt:lpwstr></property></Properties>'
    )
    parts['_rels/.rels'] = (
        HEAD + '<Relationships xmlns="%s">' % PKG_REL
        + '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/>' % T
        + '<Relationship Id="rId2" Type="%scustom-properties" Target="docProps/custom.xml"/>' % T
        + '</Relationships>'
    )
    ov = lambda part, t: '<Override PartName="%s" ContentType="application/vnd.openxmlformats-%s"/>' % (part, t)
    parts['[Content_Types].xml'] = (
        HEAD + '<Types xmlns="%s">' % CT
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + ov('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml')
        + ''.join(ov('/xl/worksheets/sheet%d.xml' % (i + 1), 'officedocument.spreadsheetml.worksheet+xml') for i in range(n))
        + ov('/xl/theme/theme1.xml', 'officedocument.theme+xml')
        + ov('/xl/styles.xml', 'officedocument.spreadsheetml.styles+xml')
        + ov('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml')
        + ov('/docProps/custom.xml', 'officedocument.custom-properties+xml')
        + '</Types>'
    )
    return zipped({k: v if isinstance(v, bytes) else v.encode() for k, v in parts.items()})


if __name__ == '__main__':
    sheets = read_sample()
    for name, make in [('phpspreadsheet', phpspreadsheet), ('google-sheets', google), ('wps', wps)]:
        with open(os.path.join(HERE, 'writer-%s.xlsx' % name), 'wb') as f:
            f.write(make(sheets))
