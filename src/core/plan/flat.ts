/**
 * A template literal made into one flat string. V8 keeps `${a},${b}` as a tree of its pieces (a rope) until
 * the text is read; a plan holds tens of thousands of formulas until they are written, and as ropes they
 * take three to four times the memory, which the garbage collector copies on every pass. Joining the pieces
 * makes one string of the same text (each value converted as a template literal converts it).
 */
export function flat(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  const parts: string[] = [strings[0]!];
  for (let i = 0; i < values.length; i++) parts.push(String(values[i]), strings[i + 1]!);
  return parts.join('');
}
