// office-addin-manifest loads an ES module (uuid) that jest's CommonJS loader cannot; office-addin-mock only
// needs its OfficeApp names, which test/manifest.test.ts checks against the real package.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
