// Node 20 applies `--import tsx` to a worker only after its entry module has loaded, so the
// worker starts here, in plain JavaScript, and registers tsx (both module systems: lib/ is
// loaded as CommonJS, as in `npm run content:check`) before loading the TypeScript.
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';

registerCommonJs();
registerEsm();
await import('./parse-worker.mts');
