declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
declare module 'munkres-js' { const munkres: (matrix: number[][]) => [number, number][]; export default munkres; }
