/** The web mode's layout, added as one <style> (the pages' CSP allows inline styles, as Fluent needs). */
export const WEB_CSS = `
body { margin: 0; background: #faf9f8; }
.web { min-height: 100vh; }
.web-head { display: flex; justify-content: space-between; align-items: center; padding: 12px 24px; background: #fff; border-bottom: 1px solid #e1dfdd; }
.web-head h1 { margin: 0; }
.web-main { max-width: 880px; margin: 0 auto; padding: 16px 24px 48px; display: grid; gap: 14px; }
.web-main h2 { margin: 8px 0 0; }
.drop { display: grid; justify-items: center; gap: 8px; padding: 28px 16px; border: 2px dashed #8a8886; border-radius: 8px; background: #fff; }
.drop-line { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; padding: 8px 12px; border-width: 1px; }
.drop-over { border-color: #0f6cbd; background: #ebf3fc; }
.progress { display: grid; gap: 6px; }
.notice { display: grid; gap: 6px; padding: 10px 12px; border-radius: 4px; border-left: 4px solid; }
.notice-error { border-color: #c50f1f; background: #fdf3f4; }
.notice-warning { border-color: #bc4b09; background: #fff9f5; }
.notice-success { border-color: #107c10; background: #f1faf1; }
.fold { border-top: 1px solid #e1dfdd; padding-top: 6px; }
.fold > summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
.fold-body { display: grid; gap: 8px; padding-top: 6px; }
.findings, .tables { margin: 0; padding-left: 18px; display: grid; gap: 6px; }
.columns, .settings, .mark { display: grid; gap: 8px; }
.settings fieldset { border: none; padding: 0; margin: 0; display: grid; gap: 4px; }
.settings legend { font-weight: 600; padding: 0 0 4px; }
.buttons { display: flex; gap: 8px; flex-wrap: wrap; }
`;
