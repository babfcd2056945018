/**
 * A write-only Office.js proxy: setting one of its properties queues a write (nothing is read back without a
 * load). `keys` maps each property to the name its write is kept under.
 */
export function setters(
  keys: Readonly<Record<string, string>>,
  set: (key: string, value: unknown) => void,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const proxy: Record<string, unknown> = { ...extra };
  for (const [property, key] of Object.entries(keys))
    Object.defineProperty(proxy, property, { set: (v: unknown) => set(key, v), enumerable: true });
  return proxy;
}

/**
 * Adds to a proxy the properties it shows after load() and sync(): each read through `get`, which refuses one
 * not loaded; `writes` gives the ones that can also be set.
 */
export function loadedProperties<T extends object>(
  proxy: T,
  keys: readonly string[],
  get: (key: string) => unknown,
  writes: Readonly<Record<string, (value: unknown) => void>> = {},
): T {
  for (const key of keys)
    Object.defineProperty(proxy, key, { get: () => get(key), set: writes[key], enumerable: true });
  return proxy;
}
