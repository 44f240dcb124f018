/** `npm run build`: the three Vite builds of the distribution, in order (vite.config.ts explains each). */
import { build } from 'vite';

for (const mode of ['production', 'iife', 'loader']) {
  await build({ mode, configFile: new URL('../vite.config.ts', import.meta.url).pathname });
}
console.log('built packages/widgets/dist');
