import { ClusterEngine } from './cluster-engine.js';

/**
 * The clustering worker: builds the supercluster index off the main thread and answers queries.
 * Messages in: `{ type: 'build', coords }`, `{ type: 'query', id, bbox, zoom }`, `{ type: 'expand', id, cluster }`.
 * Messages out: `{ type: 'ready' }`, `{ type: 'result', id, rows | zoom }`.
 */
type Message =
  | { type: 'build'; coords: Float64Array }
  | { type: 'query'; id: number; bbox: [number, number, number, number]; zoom: number }
  | { type: 'expand'; id: number; cluster: number };

interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Message>) => void): void;
}
const scope = self as unknown as WorkerScope;
let engine = new ClusterEngine();

scope.addEventListener('message', async (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === 'build') {
    engine = new ClusterEngine();
    await engine.build(message.coords);
    scope.postMessage({ type: 'ready' });
  } else if (message.type === 'query') {
    const rows = engine.query(message.bbox, message.zoom);
    scope.postMessage({ type: 'result', id: message.id, rows }, [rows.buffer]);
  } else if (message.type === 'expand') {
    scope.postMessage({ type: 'result', id: message.id, zoom: engine.expansionZoom(message.cluster) });
  }
});
