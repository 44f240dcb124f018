import Supercluster from 'supercluster';

/**
 * Supercluster behind a small, transferable interface: points go in as a flat `[lng, lat, …]`
 * array; queries come back as a flat Float64Array of `[kind, id, lng, lat, count]` rows (kind 0 = a
 * point whose id is its index in the input, 1 = a cluster). Used in the worker and, where no worker
 * is allowed, on the main thread with the build cut into slices.
 *
 * Chosen on measurements (PRODUCT.md §7): 100,000 points first render 0.69 s with supercluster vs
 * 7.4 s with Leaflet.markercluster, with a sixth of the memory.
 */
export const CLUSTER_MAX_ZOOM = 16;
export const ROW = 5;

interface PointProps {
  i: number;
}

/** What supercluster keeps internally; used only to build its index in slices. */
interface SuperclusterInternals {
  options: { minZoom: number; maxZoom: number };
  points: unknown[];
  trees: unknown[];
  stride: number;
  _createTree(data: number[]): unknown;
  _cluster(tree: unknown, zoom: number): number[];
}

const lngX = (lng: number) => lng / 360 + 0.5;
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

export class ClusterEngine {
  readonly #index = new Supercluster<PointProps, Record<string, never>>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM, minZoom: 0 });

  /**
   * Builds the index. Without `pause`, in one go (the worker). With `pause`, the same steps as
   * `Supercluster#load` with a pause between the preparation chunks and between zoom levels.
   */
  async build(coords: ArrayLike<number>, pause?: () => Promise<void>): Promise<void> {
    const points = [];
    for (let i = 0; i < coords.length / 2; i++) {
      points.push({ type: 'Feature' as const, properties: { i }, geometry: { type: 'Point' as const, coordinates: [coords[2 * i]!, coords[2 * i + 1]!] } });
    }
    if (!pause) {
      this.#index.load(points);
      return;
    }
    const sc = this.#index as unknown as SuperclusterInternals;
    const { minZoom, maxZoom } = sc.options;
    sc.points = points;
    const data: number[] = [];
    for (let i = 0; i < points.length; i++) {
      const [lng, lat] = points[i]!.geometry.coordinates as [number, number];
      data.push(Math.fround(lngX(lng)), Math.fround(latY(lat)), Infinity, i, -1, 1);
      if (i % 20_000 === 19_999) await pause();
    }
    let tree = (sc.trees[maxZoom + 1] = sc._createTree(data));
    for (let z = maxZoom; z >= minZoom; z--) {
      await pause();
      tree = sc.trees[z] = sc._createTree(sc._cluster(tree, z));
    }
  }

  /** Clusters and points inside `[west, south, east, north]` at `zoom`. */
  query(bbox: [number, number, number, number], zoom: number): Float64Array {
    const features = this.#index.getClusters(bbox, Math.round(zoom));
    const out = new Float64Array(features.length * ROW);
    features.forEach((f, n) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
      out.set(p.cluster ? [1, p.cluster_id!, lng, lat, p.point_count!] : [0, p.i!, lng, lat, 1], n * ROW);
    });
    return out;
  }

  /** The zoom at which a cluster splits. */
  expansionZoom(clusterId: number): number {
    try {
      return this.#index.getClusterExpansionZoom(clusterId);
    } catch {
      return CLUSTER_MAX_ZOOM + 1;
    }
  }
}
