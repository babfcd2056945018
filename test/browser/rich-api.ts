/**
 * Excel's end of the Rich API, the wire protocol under Excel.run, answered from our in-memory Excel fake
 * (test/fakes/excel.ts). Microsoft's excel-win32-16.01.js turns the add-in's calls into a request and reads
 * the response; only the answering is ours. What it sends and reads, as that file has it:
 * - a request is { Actions, ObjectPaths } (ClientRequestBase.buildRequestMessageBodyAndRequestFlags); an
 *   object path is the global object (ObjectPathType 1: the Workbook), one of Office's services by name
 *   (2), a method (3) or property (4) of another path, an indexer (5: getItem), a reference id (6) or a null
 *   object (7) (ObjectPathFactory); an action instantiates (1), queries (2: load), calls (3) or sets (4) on a
 *   path, or traces (5) (ActionFactory);
 * - the response is { Results: [{ ActionId, Value }], Error: { Code, Message } }
 *   (processRequestExecutorResponseMessage); a queried collection answers { _Items: [...] }; an object kept
 *   across syncs answers its _ReferenceId, a worksheet its Id (CommonConstants, Worksheet._handleIdResult).
 *   Excel gives each kind of item its own key; here every item but a worksheet gets a reference id, which
 *   Office.js takes from any object (ObjectPath.updateUsingObjectData), since the fake's collections have no
 *   getItem by key.
 * Names travel in Excel's PascalCase (GetRange, Values) and Select in the add-in's own camelCase: the fake
 * has Office.js's members, so a name is looked up with its first letter lowered. A member the fake lacks is
 * never guessed: it is listed in `problems`, which the browser test requires empty.
 */
import type { FakeExcel, WorksheetActivatedArgs } from '../fakes/excel';

type Obj = Record<string, unknown>;

interface ArgumentInfo {
  readonly Arguments?: readonly unknown[];
  /** Per argument, the id of the object path it stands for (0: a plain value). */
  readonly ReferencedObjectPathIds?: readonly unknown[];
}

interface ObjectPathInfo {
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { readonly Select?: readonly string[] };
}

export interface RequestBody {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface ResponseBody {
  readonly Results: readonly ActionResult[];
  readonly Error?: { readonly Code: string; readonly Message: string; readonly HttpStatusCode: number };
}

/** One Rich API event as the host sends it: category, event type, target, message (JSON), id, remote. */
export type EventEntry = [number, number, string, string, string, boolean];

const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 };
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 };
/** GenericEventRegistration.richApiMessageEventCategory, and WorksheetCollection.onActivated's event type. */
const EVENT_CATEGORY = 65536;
const ACTIVATED = 11;

/** An error the add-in receives as Office.js's RuntimeError with this code. */
class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const lower = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const isCollection = (o: Obj): boolean => 'items' in o;

export class RichApiHost {
  /** What the emulation could not answer: a member the fake lacks, an error with no Office code. */
  readonly problems: string[] = [];
  /** Objects the add-in keeps across syncs (_KeepReference, collection items), by reference id. */
  private readonly refs = new Map<string, Obj>();
  private made = 0;
  /**
   * Office's own services, which Office.js creates by type name (ObjectPathType 2) beside the add-in's calls:
   * it reports its action handlers ready (Office.actionProxy) and hands its telemetry to the host. Both are
   * taken and dropped: nothing of it concerns the add-in, and none of it leaves the host.
   */
  readonly services: Readonly<Record<string, Obj>> = {
    'Microsoft.InternalService.AddinInternalService': { notifyActionHandlerReady: () => undefined },
    'Microsoft.Telemetry.TelemetryService': { sendTelemetryEvent: () => undefined },
  };

  constructor(
    private readonly excel: FakeExcel,
    private readonly emit: (entry: EventEntry) => void,
  ) {}

  /** One request (one context.sync): every action queued on the fake, one fake sync, then the results. */
  async execute(body: RequestBody): Promise<ResponseBody> {
    const request = new Request(this, body, this.excel.context() as { workbook: Obj; application: Obj });
    const results: (() => ActionResult | null)[] = [];
    let failure: unknown = null;
    try {
      for (const action of body.Actions) results.push(request.act(action));
    } catch (e) {
      failure = e;
    }
    // What was queued before a failing action still runs, as in Excel (a batch is not a transaction).
    try {
      await this.excel.sync();
    } catch (e) {
      failure ??= e;
    }
    // What the real library sent, beside the fake's count of the same request.
    const counted = this.excel.requests.at(-1);
    if (counted) Object.assign(counted, { real: JSON.stringify(body).length });
    try {
      if (!failure) return { Results: results.map((r) => r()).filter((r) => r !== null) };
    } catch (e) {
      failure = e;
    }
    return { Results: [], Error: this.errorOf(failure) };
  }

  private errorOf(e: unknown): NonNullable<ResponseBody['Error']> {
    const code = (e as { code?: unknown })?.code;
    const message = e instanceof Error ? e.message : String(e);
    if (typeof code !== 'string') this.problems.push(`error without an Office code: ${message}`);
    return {
      Code: typeof code === 'string' ? code : 'GeneralException',
      Message: message,
      HttpStatusCode: 400,
    };
  }

  /** The fake has no such member: noted for the test, and an error for the add-in. */
  missing(what: string): HostError {
    this.problems.push(`the Excel fake has no ${what}`);
    return new HostError('ApiNotFound', `The Excel emulation has no ${what}.`);
  }

  keep(o: Obj): string {
    for (const [id, kept] of this.refs) if (kept === o) return id;
    const id = `{capaian-host}Ref${++this.made}`;
    this.refs.set(id, o);
    return id;
  }

  kept(id: string): Obj {
    const o = this.refs.get(id);
    if (!o) throw new HostError('InvalidObjectPath', `No object is kept as ${id}.`);
    return o;
  }

  release(id: string): void {
    this.refs.delete(id);
  }

  /** _RegisterActivatedEvent: the fake's onActivated, each activation sent as a Rich API event message. */
  registerActivated(target: Obj): void {
    const handlers = target.onActivated as {
      add(h: (args: WorksheetActivatedArgs) => Promise<unknown>): unknown;
    };
    handlers.add(async (args) =>
      this.emit([
        EVENT_CATEGORY,
        ACTIVATED,
        'Workbook',
        JSON.stringify({ type: args.type, source: args.source, worksheetId: args.worksheetId }),
        String(++this.made),
        false,
      ]),
    );
  }
}

/** One request's object paths, each evaluated once on the fake, and the objects it asked to keep. */
class Request {
  private readonly objects = new Map<number, Obj | null>();
  private readonly keptPaths = new Map<number, string>();
  private readonly root: Obj;

  constructor(
    private readonly host: RichApiHost,
    private readonly body: RequestBody,
    context: { workbook: Obj; application: Obj },
  ) {
    this.root = { ...context.workbook, application: context.application };
  }

  act(a: ActionInfo): () => ActionResult | null {
    if (a.ActionType === ACTION.trace) return () => ({ ActionId: a.Id, Value: null });
    const target = this.object(a.ObjectPathId);
    switch (a.ActionType) {
      case ACTION.instantiate:
        return this.instantiate(a, target);
      case ACTION.query:
        return this.query(a, target);
      case ACTION.method:
        return this.method(a, target);
      case ACTION.setProperty:
        this.set(target, a.Name, this.args(a.ArgumentInfo)[0]);
        return () => null;
      default:
        throw this.host.missing(`action type ${a.ActionType}`);
    }
  }

  /** Excel answers an instantiated object with what the add-in will address it by later. */
  private instantiate(a: ActionInfo, target: Obj | null): () => ActionResult | null {
    const keyed = target !== null && 'id' in target && !isCollection(target);
    if (keyed) this.load(target, ['id']);
    return () => {
      const ref = this.keptPaths.get(a.ObjectPathId);
      if (ref) return { ActionId: a.Id, Value: { _ReferenceId: ref } };
      if (!keyed) return null;
      return { ActionId: a.Id, Value: target.isNullObject === true ? null : { Id: target.id } };
    };
  }

  private query(a: ActionInfo, target: Obj | null): () => ActionResult {
    const select = a.QueryInfo?.Select ?? [];
    if (select.length === 0) throw this.host.missing('load() of every property');
    if (target) this.load(target, select);
    return () => {
      const ref = this.keptPaths.get(a.ObjectPathId);
      const value = target && this.shape(target, select, false);
      return { ActionId: a.Id, Value: value && ref ? { ...value, _ReferenceId: ref } : value };
    };
  }

  private method(a: ActionInfo, target: Obj | null): () => null {
    const args = this.args(a.ArgumentInfo);
    if (a.Name === '_KeepReference' && target) this.keptPaths.set(a.ObjectPathId, this.host.keep(target));
    else if (a.Name === '_RemoveReference') this.host.release(String(args[0]));
    else if (a.Name === '_RegisterActivatedEvent' && target) this.host.registerActivated(target);
    // The add-in's method calls return nothing (a ClientResult would need a value: none is emulated).
    else if (this.call(target, a.Name, args) !== undefined) throw this.host.missing(`a result of ${a.Name}`);
    return () => null;
  }

  private load(target: Obj, select: readonly string[]): void {
    const load = target.load;
    if (typeof load !== 'function') throw this.host.missing('load() there');
    load.call(target, (isCollection(target) ? select.map((p) => `items/${p}`) : select).join(','));
  }

  /** What a query answers, after the sync: the selected properties, nested ones and collections included. */
  private shape(o: Obj, select: readonly string[], item: boolean): Obj | null {
    // A collection's item is never a null object (and a fake item may not say so).
    if (!item && o.isNullObject === true) return null;
    if (isCollection(o)) return { _Items: (o.items as Obj[]).map((i) => this.shape(i, select, true)) };
    const out: Obj = {};
    if (item) Object.assign(out, 'id' in o ? { Id: o.id } : { _ReferenceId: this.host.keep(o) });
    else if ('id' in o) out.Id = o.id;
    const heads = new Map<string, string[]>();
    for (const path of select) {
      const [head, ...rest] = path.split('/');
      heads.set(head!, [...(heads.get(head!) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
    }
    for (const [head, rest] of heads) {
      const value = o[head];
      out[upper(head)] = rest.length ? value && this.shape(value as Obj, rest, false) : value;
    }
    return out;
  }

  private object(id: number): Obj | null {
    if (this.objects.has(id)) return this.objects.get(id)!;
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw new HostError('InvalidObjectPath', `The request has no object path ${id}.`);
    const parent = (): Obj | null => this.object(info.ParentObjectPathId ?? 0);
    let o: Obj | null;
    if (info.ObjectPathType === PATH.global) o = this.root;
    else if (info.ObjectPathType === PATH.nullObject) o = null;
    else if (info.ObjectPathType === PATH.referenceId) o = this.host.kept(info.Name);
    else if (info.ObjectPathType === PATH.newObject) {
      const service = this.host.services[info.Name];
      if (!service) throw this.host.missing(`service ${info.Name}`);
      o = service;
    } else if (info.ObjectPathType === PATH.property) {
      const p = parent();
      const value = p?.[lower(info.Name)];
      if (typeof value !== 'object' || value === null) throw this.host.missing(`property ${info.Name}`);
      o = value as Obj;
    } else if (info.ObjectPathType === PATH.method || info.ObjectPathType === PATH.indexer) {
      const name = info.ObjectPathType === PATH.indexer ? 'GetItem' : info.Name;
      o = this.call(parent(), name, this.args(info.ArgumentInfo)) as Obj | null;
    } else throw this.host.missing(`object path type ${info.ObjectPathType} (${info.Name})`);
    this.objects.set(id, o);
    return o;
  }

  /** Arguments as the fake takes them: objects for path ids, and no value (not null) for one not given. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    return (info?.Arguments ?? []).map((value, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      if (Array.isArray(ref)) throw this.host.missing('objects inside array arguments');
      if (typeof ref === 'number' && ref !== 0) return this.object(ref);
      return value === null ? undefined : value;
    });
  }

  private call(target: Obj | null, name: string, args: unknown[]): unknown {
    if (!target) throw new HostError('InvalidObjectPath', `${name} on a null object.`);
    const fn = target[lower(name)];
    if (typeof fn !== 'function') throw this.host.missing(`method ${name}`);
    return fn.apply(target, args);
  }

  private set(target: Obj | null, name: string, value: unknown): void {
    if (!target) throw new HostError('InvalidObjectPath', `${name} on a null object.`);
    const key = lower(name);
    let proto: object | null = target;
    while (proto && !Object.getOwnPropertyDescriptor(proto, key)?.set) proto = Object.getPrototypeOf(proto);
    if (!proto) throw this.host.missing(`settable property ${name}`);
    target[key] = value;
  }
}
