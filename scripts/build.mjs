/**
 * `npm run build`: the Vite builds of the distribution, in order (vite.config.ts explains each), then
 * `dist/sri.json` (Subresource Integrity hashes of every published file), then the React and Vue
 * embed pages (demo/embed/dist/). `node scripts/build.mjs --no-frameworks` skips the last step.
 */
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
const dist = new URL('../packages/widgets/dist/', import.meta.url).pathname;
const args = process.argv.slice(2);

for (const mode of ['production', 'iife', 'loader']) await build({ mode, configFile });

/** sha384 of each .js, .css and .html file in dist/ (source maps and the Vite manifest left out). */
async function writeSri() {
  const files = (await readdir(dist, { recursive: true }))
    .filter((f) => /\.(js|css|html)$/.test(f) && !f.startsWith('.vite'))
    .sort();
  const sri = {};
  for (const file of files) {
    const digest = createHash('sha384').update(await readFile(join(dist, file))).digest('base64');
    sri[relative(dist, join(dist, file)).split('\\').join('/')] = `sha384-${digest}`;
  }
  await writeFile(join(dist, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
}
await writeSri();
console.log('built packages/widgets/dist');

if (!args.includes('--no-frameworks')) {
  await build({ mode: 'frameworks', configFile });
  console.log('built demo/embed/dist (React and Vue pages)');
}
