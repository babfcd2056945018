/**
 * The half of the engine the pane needs only when it writes (Buat Tabel Capaian, Perbaiki): the planner and
 * the generated sheets' builders. A chunk of its own, fetched right after the first read, so the pane opens
 * without it. The ribbon's commands and the CLI import the same functions directly.
 */
export { buatTabelCapaian } from '../excel/run';
export { applyFixes } from '../excel/fix';
export { kembalikan } from '../excel/undo';
export { previewBuild } from '../ui/previewBuild';
