import { CellRange } from '../../src/core/sheet/snapshot';
import { addressOf, intersects } from './address';
import { officeError, notLoaded } from './errors';
import { objectPath, ObjectPath } from './excel';
import type { FakeExcel } from './excel';
import { isValidFormula } from './formula';
import { FakeConditional, FakeSheet } from './sheet';

/**
 * Range.conditionalFormats: "a collection of all the conditional formats that overlap the range"; `add` puts
 * a new one at the top priority; `clearAll` "clears all conditional formats active on the current specified
 * range", i.e. every one that overlaps it, not only those inside it.
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
 */
export function conditionalFormatsProxy(
  excel: FakeExcel,
  resolveSheet: () => FakeSheet,
  range: () => CellRange,
  path: ObjectPath,
): unknown {
  let items: unknown[] | null = null;
  const enq = (payload: unknown, run: Parameters<FakeExcel['enqueue']>[1]): void =>
    excel.enqueue(payload, run, path);
  return {
    add(type: string) {
      const record: FakeConditional = {
        type,
        range: { top: 0, left: 0, bottom: 0, right: 0 },
        formula: '',
        fill: '',
        fontColor: '',
        barColor: '',
      };
      enq({ addConditional: type }, () => {
        const s = resolveSheet();
        s.assertWritable();
        record.range = range();
        s.conditionals.unshift(record);
      });
      return itemProxy(excel, resolveSheet, record, () => undefined, objectPath('Add', [type], path));
    },
    clearAll() {
      enq('clearAllConditionals', () => {
        const s = resolveSheet();
        s.assertWritable();
        const r = range();
        s.conditionals = s.conditionals.filter((c) => !intersects(c.range, r));
      });
    },
    load(props: string) {
      enq({ loadConditionals: props }, () => {
        const s = resolveSheet();
        const r = range();
        const found = s.conditionals.filter((c) => intersects(c.range, r));
        const proxies = found.map((c, i) =>
          itemProxy(excel, resolveSheet, c, () => ({ type: c.type }), objectPath('GetItemAt', [i], path)),
        );
        return {
          bytes: JSON.stringify(found.map((c) => ({ type: c.type }))).length + 20,
          deliver: () => (items = proxies),
        };
      });
    },
    get items() {
      if (!items) throw notLoaded('items');
      return items;
    },
  };
}

/** One conditional format: its type, its custom rule and format, its data bar, its range, and `delete()`. */
function itemProxy(
  excel: FakeExcel,
  resolveSheet: () => FakeSheet,
  record: FakeConditional,
  known: () => { type: string } | undefined,
  path: ObjectPath,
): unknown {
  let formula: string | null = null;
  let address: string | null = null;
  // Its rule, format, fill and font are counted as one path under the conditional format's.
  const rulePath = objectPath('Custom', undefined, path);
  const enq = (payload: unknown, run: Parameters<FakeExcel['enqueue']>[1]): void =>
    excel.enqueue(payload, run, rulePath);
  const set = (apply: () => void, payload: unknown) =>
    enq(payload, () => {
      resolveSheet().assertWritable();
      apply();
    });
  const custom = (): void => {
    if (record.type !== 'Custom')
      throw officeError('ItemNotFound', `The conditional format is of type ${record.type}, not Custom.`);
  };
  return {
    get type() {
      const k = known();
      if (!k) throw notLoaded('type');
      return k.type;
    },
    custom: {
      rule: {
        load: () =>
          enq('loadRule', () => {
            custom();
            const f = record.formula;
            return { bytes: f.length + 20, deliver: () => (formula = f) };
          }),
        get formula() {
          if (formula === null) throw notLoaded('formula');
          return formula;
        },
        set formula(v: string) {
          set(
            () => {
              custom();
              if (!isValidFormula(v))
                throw officeError('InvalidArgument', `There's a problem with this formula: ${v}`);
              record.formula = v;
            },
            { rule: v },
          );
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set(() => (record.fill = v), { fill: v });
          },
        },
        font: {
          set color(v: string) {
            set(() => (record.fontColor = v), { font: v });
          },
        },
      },
    },
    dataBar: {
      positiveFormat: {
        set fillColor(v: string) {
          set(() => (record.barColor = v), { bar: v });
        },
      },
    },
    getRangeOrNullObject: () => ({
      load: () =>
        enq('loadConditionalRange', () => {
          const a = addressOf(resolveSheet().name, record.range);
          return { bytes: a.length + 20, deliver: () => (address = a) };
        }),
      get isNullObject() {
        return false;
      },
      get address() {
        if (address === null) throw notLoaded('address');
        return address;
      },
    }),
    delete: () =>
      enq('deleteConditional', () => {
        const s = resolveSheet();
        s.assertWritable();
        if (!s.conditionals.includes(record))
          throw officeError('ItemNotFound', 'The conditional format no longer exists.');
        s.conditionals = s.conditionals.filter((c) => c !== record);
      }),
  };
}
