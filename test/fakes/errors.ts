/**
 * Office errors as Office.js raises them: an Error with a `code` from Excel.ErrorCodes / OfficeExtension.ErrorCodes.
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export type OfficeErrorCode =
  | 'AccessDenied'
  | 'Conflict'
  | 'FormulaLengthExceedsLimit'
  | 'InactiveWorkbook'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidSelection'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UnsupportedSheet';

export function officeError(code: OfficeErrorCode, message: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

/** Reading a property that was not loaded and synced, as Office.js refuses it. */
export function notLoaded(what: string): Error {
  return Object.assign(
    new Error(
      `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    ),
    { code: 'PropertyNotLoaded' },
  );
}
