/*
 * jsdom (the task pane's tests) has no TextDecoder, TextEncoder or DecompressionStream, which every browser
 * the page supports has: the reader of .xlsx packages needs them, so they come from Node.
 */
if (typeof globalThis.TextDecoder === 'undefined') {
  const { TextDecoder, TextEncoder } = require('util');
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}
if (typeof globalThis.DecompressionStream === 'undefined') {
  const { DecompressionStream } = require('stream/web');
  Object.assign(globalThis, { DecompressionStream });
}
