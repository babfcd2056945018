/*
 * The web mode's service worker: the page keeps working offline once loaded. The files are cached when it
 * installs; a request is answered from the network while there is one (so a new version is never hidden
 * behind an old cache) and from the cache when there is none. Only this site's own files are touched.
 */

/** The build's files and a version, written in by the build (webpack.config.js). */
declare const CAPAIAN_FILES: readonly string[];
declare const CAPAIAN_VERSION: string;

/** The parts of the service worker scope used here; the project's types are the page's, not "WebWorker". */
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
const sw = self as unknown as {
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration: { scope: string };
};

const CACHE = `capaian-${CAPAIAN_VERSION}`;

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', ...CAPAIAN_FILES]))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('capaian-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (e) => {
  const request = e.request;
  if (request.method !== 'GET' || !request.url.startsWith(sw.registration.scope)) return;
  e.respondWith(
    fetch(request).catch(() =>
      caches
        .match(request, { ignoreSearch: true })
        .then((hit) => hit ?? Promise.reject(new Error(`offline and not cached: ${request.url}`))),
    ),
  );
});
