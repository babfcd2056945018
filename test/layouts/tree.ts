import type { Shape } from './columns';
import type { LayoutSpec } from './spec';
import { Rng } from './spec';
import {
  INDICATORS,
  IndicatorWords,
  KEGIATAN,
  PROGRAMS,
  REKENING,
  REKENING_ITEMS,
  ROMAN,
  SASARAN,
  SUB_KEGIATAN,
} from './vocabulary';

/** One indicator's figures: the year's target and realisasi, its periods, and its reference figures. */
export interface Indicator {
  readonly words: IndicatorWords;
  readonly target: number;
  readonly realisasi: number;
  readonly periods: readonly number[];
  readonly renstra: number;
  /** Earlier years, 1 = last year. */
  readonly prior: (measure: 'target' | 'realisasi' | 'capaian', back: number) => number;
}

export interface Money {
  readonly pagu: number;
  readonly realisasi: number;
  readonly periods: readonly number[];
  readonly renstra: number;
  readonly prior: number;
}

/** A program, kegiatan, sub kegiatan or budget account; a node without children is an item. */
export interface DataNode {
  readonly level: number;
  readonly name: string;
  readonly kode: string;
  readonly numbering: string;
  readonly sasaran: string | null;
  readonly indicators: readonly Indicator[];
  readonly money: Money | null;
  readonly children: readonly DataNode[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Splits a whole number into `parts` whole numbers that add up to it exactly. */
function split(total: number, parts: number, rng: Rng): number[] {
  if (parts === 0) return [];
  const weights = Array.from({ length: parts }, () => (rng.chance(0.15) ? 0 : rng.next() + 0.2));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const out = weights.map((w) => Math.floor((total * w) / sum));
  out[parts - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function indicator(shape: Shape, rng: Rng): Indicator {
  const pool = INDICATORS.filter((i) =>
    shape.percentOnly ? i.unit === '%' : shape.countOnly ? i.unit !== '%' && i.unit !== '' : true,
  );
  const words = rng.pick(pool);
  let target: number;
  let realisasi: number;
  if (words.unit === '%') {
    target = rng.pick([75, 80, 85, 90, 95, 100]);
    realisasi = Math.min(100, round1(target * (0.6 + rng.next() * 0.55)));
  } else if (words.unit === '') {
    target = round1(60 + rng.next() * 35);
    realisasi = round1(target * (0.85 + rng.next() * 0.25));
  } else {
    target = rng.int(1, 120);
    realisasi = Math.round(target * (0.4 + rng.next() * 0.85));
  }
  const periods = split(realisasi, shape.periodCount, rng);
  const past = Array.from({ length: 4 }, () => 0.7 + rng.next() * 0.3);
  const prior = (measure: 'target' | 'realisasi' | 'capaian', back: number): number => {
    const f = past[back - 1] ?? 0.8;
    if (measure === 'capaian') return round1(f * 100);
    const base = measure === 'target' ? target : realisasi;
    return words.unit === '%' || words.unit === '' ? round1(base * f) : Math.round(base * f);
  };
  const renstra = words.unit === '%' ? 100 : words.unit === '' ? round1(target + 5) : target * 5;
  return { words, target, realisasi, periods, renstra, prior };
}

function leafMoney(shape: Shape, rng: Rng): Money {
  const pagu = rng.int(5_000_000, 3_000_000_000);
  const realisasi = Math.floor(pagu * (0.3 + rng.next() * 0.7));
  return {
    pagu,
    realisasi,
    periods: split(realisasi, shape.periodCount, rng),
    renstra: pagu * 5,
    prior: Math.floor(pagu * (0.6 + rng.next() * 0.4)),
  };
}

export function sumMoney(list: readonly Money[], periodCount: number): Money {
  const add = (f: (m: Money) => number): number => list.reduce((s, m) => s + f(m), 0);
  return {
    pagu: add((m) => m.pagu),
    realisasi: add((m) => m.realisasi),
    periods: Array.from({ length: periodCount }, (_, i) => add((m) => m.periods[i] ?? 0)),
    renstra: add((m) => m.renstra),
    prior: add((m) => m.prior),
  };
}

/** Numbering of a row by its place: I / 1 / 1.1 (Roman), or 1 / 1.1 / 1.1.1 (dotted). */
function numberingOf(path: readonly number[], roman: boolean): string {
  if (!roman) return path.map((i) => i + 1).join('.');
  const [a, b, c] = path;
  if (path.length === 1) return ROMAN[a!] ?? String(a! + 1);
  if (path.length === 2) return String(b! + 1);
  return `${b! + 1}.${c! + 1}`;
}

function kodeOf(path: readonly number[], anggaran: boolean, depth: number): string {
  if (anggaran) {
    // Kode rekening: 5.1 Belanja Operasi → 5.1.02 Belanja Barang dan Jasa → 5.1.02.01.01.0024.
    const top = `5.${path[0]! + 1}`;
    const mid = depth === 3 ? `${top}.${pad(path[1]! + 1, 2)}` : `${top}.02`;
    if (path.length === 1) return depth === 3 ? top : mid;
    if (path.length === 2 && depth === 3) return mid;
    return `${mid}.01.01.${pad(path[path.length - 1]! + 1, 4)}`;
  }
  const program = `2.08.${pad(path[0]! + 1, 2)}`;
  if (path.length === 1) return program;
  const kegiatan = `${program}.2.${pad(path[1]! + 1, 2)}`;
  if (path.length === 2) return kegiatan;
  return `${kegiatan}.${pad(path[2]! + 1, 4)}`;
}

function nameOf(level: number, depth: number, anggaran: boolean, words: boolean, rng: Rng): string {
  const leaf = level === depth - 1;
  if (anggaran && !words) {
    if (leaf) return rng.pick(REKENING_ITEMS);
    return rng.pick(REKENING).name;
  }
  if (level === 0) {
    const p = rng.pick(PROGRAMS);
    return rng.chance(0.4) ? p.toUpperCase() : p;
  }
  const isSub = level === 2 || (leaf && depth === 3);
  const base = isSub ? rng.pick(SUB_KEGIATAN) : rng.pick(KEGIATAN);
  if (!words) return base;
  return isSub ? `Sub Kegiatan ${base}` : `Kegiatan ${base}`;
}

/** The rows' content: programs → kegiatan → sub kegiatan (or accounts), or a flat list of items. */
export function buildTree(spec: LayoutSpec, shape: Shape, rng: Rng): DataNode[] {
  const anggaran = shape.kind === 'anggaran';
  const roman = rng.chance(0.6);
  const flat = spec.hierarchy === 'flat' || (shape.kind === 'kinerja' && spec.names !== 'nama+indikator');
  const depth = flat ? 1 : spec.depth;
  const sasaranGroups = spec.names === 'sasaran+indikator' && !anggaran;

  const make = (level: number, path: readonly number[], sasaran: string | null): DataNode => {
    const leaf = level === depth - 1;
    const children = leaf
      ? []
      : Array.from({ length: rng.int(1, level === 0 && depth === 3 ? 2 : 3) }, (_, i) =>
          make(level + 1, [...path, i], null),
        );
    const indicatorCount = !shape.hasK
      ? 0
      : leaf
        ? spec.multiIndicator && rng.chance(0.5)
          ? 2
          : 1
        : spec.parentIndicators
          ? 1
          : 0;
    const indicators = Array.from({ length: indicatorCount }, () => indicator(shape, rng));
    const money = !shape.hasRp
      ? null
      : leaf
        ? leafMoney(shape, rng)
        : sumMoney(
            children.map((c) => c.money!),
            shape.periodCount,
          );
    return {
      level,
      name: flat
        ? nameOf(depth === 1 ? 2 : level, 3, anggaran, false, rng)
        : nameOf(level, depth, anggaran, spec.hierarchy === 'words', rng),
      kode: flat ? kodeOf([0, 0, path[0]!], anggaran, 3) : kodeOf(path, anggaran, depth),
      numbering: flat ? String(path[0]! + 1) : numberingOf(path, roman),
      sasaran,
      indicators,
      money,
      children,
    };
  };

  if (flat) {
    const groups = sasaranGroups ? spec.topGroups : 1;
    const out: DataNode[] = [];
    for (let g = 0; g < groups; g++) {
      const count = sasaranGroups ? rng.int(1, 3) : rng.int(2, 9);
      for (let i = 0; i < count; i++)
        out.push(make(0, [out.length], sasaranGroups && i === 0 ? SASARAN[g % SASARAN.length]! : null));
    }
    return out;
  }
  return Array.from({ length: spec.topGroups }, (_, i) =>
    make(0, [i], sasaranGroups ? SASARAN[i % SASARAN.length]! : null),
  );
}
