/** Character-code tests for the loops that read text without a regular expression (ASCII only). */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
export const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
