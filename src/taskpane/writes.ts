/**
 * The half of the engine the pane needs only when it writes (Buat Tabel Capaian, Perbaiki, Kembalikan, a saved
 * setting): the planner, the generated sheets' builders, the undo and the state writer. A chunk of its own,
 * fetched right after the first read, so the pane opens without it. The ribbon's commands and the CLI import the
 * same functions directly.
 */
export { buatTabelCapaian } from '../excel/run';
export { applyFixes } from '../excel/fix';
export { kembalikan } from '../excel/undo';
export { updateState } from '../excel/store';
export { previewBuild } from '../ui/previewBuild';
