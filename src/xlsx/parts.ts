/**
 * The names our chart and drawing parts take in a workbook we write: a later run (and the reader's list of
 * what a file holds that we cannot carry over) knows them as ours. Alone here: the reader needs them without
 * the writer's code.
 */
export const CHART_PART = 'capaianChart';
export const DRAWING_PART = 'capaianDrawing';
