/** The message dialog of the ribbon commands: shows ?text= as plain text (never as HTML). */
const text = new URLSearchParams(window.location.search).get('text') ?? '';
const el = document.getElementById('text');
if (el) el.textContent = text;
