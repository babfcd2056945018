/* A workbook's xl/workbook.xml with one sheet printed alone: the others hidden, their print areas and
   titles taken out (LibreOffice prints a hidden sheet's print area too), and the sheet made the active one
   (LibreOffice prints the active sheet even when hidden). Used by render-sheets.js and test/print.test.ts. */
'use strict';

/** @param {string} book the workbook part's XML @param {string} sheet @returns {string} */
function aloneBook(book, sheet) {
  const names = [...book.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
  const index = names.indexOf(sheet);
  if (index < 0) throw new Error(`no sheet "${sheet}"`);
  const view = /<(\w+:)?workbookView\b/;
  return book
    .replace(/<sheet\b([^>]*?)\s*\/>/g, (_, attrs) => {
      const plain = attrs.replace(/\s+state="[^"]*"/, '');
      return `<sheet${plain}${plain.includes(`name="${sheet}"`) ? '' : ' state="hidden"'}/>`;
    })
    .replace(/<definedName\b[^>]*localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (whole, id) =>
      Number(id) === index ? whole : '',
    )
    .replace(/\s(activeTab|firstSheet)="\d+"/g, '')
    .replace(view, (tag) => `${tag} activeTab="${index}"`)
    .replace(/<sheets>/, (tag) =>
      view.test(book) ? tag : `<bookViews><workbookView activeTab="${index}"/></bookViews>${tag}`,
    );
}

module.exports = { aloneBook };
