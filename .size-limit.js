/**
 * `npm run size`: the gzip budgets of PRODUCT.md §7, per published entry. A page's "first load" is the
 * entry plus every chunk it imports statically (from Vite's build manifest); lazy chunks such as
 * Leaflet are counted only in "everything".
 */
import { readFileSync } from 'node:fs';

const dist = 'packages/widgets/dist';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));

function firstLoad(entryName) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry && manifest[k].name === entryName);
  const files = new Set();
  const visit = (k) => {
    const chunk = manifest[k];
    if (files.has(`${dist}/${chunk.file}`)) return;
    files.add(`${dist}/${chunk.file}`);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(key);
  return [...files];
}

const entry = (name, limit, path) => ({ name, path, limit, gzip: true, brotli: false });

export default [
  entry('consultation badge page, first load', '30 KB', firstLoad('consultation-badge')),
  entry('salon finder, first load', '130 KB', firstLoad('salon-finder')),
  entry('support matcher, first load', '130 KB', firstLoad('support-matcher')),
  entry('plan viewer, first load', '130 KB', firstLoad('plan-viewer')),
  entry('loader (chiiki-loader.js)', '2 KB', [`${dist}/chiiki-loader.js`]),
  entry('everything (chiiki-widgets.js and its chunks)', '130 KB', [`${dist}/chiiki-widgets.js`, `${dist}/chunks/*.js`]),
  entry('classic script (chiiki-widgets.iife.js)', '130 KB', [`${dist}/chiiki-widgets.iife.js`]),
];
