import { fileURLToPath } from 'node:url';
import { useCompileCache } from '../core/builtin';
import { isScanWorker, setWorkerEntry } from '../engine/worker-entry';

// A scan worker runs this same bundle: it serves its share of files instead of the Action,
// without loading the Action's modules.
useCompileCache();
setWorkerEntry(fileURLToPath(import.meta.url));
if (isScanWorker()) {
  const { serveWorker } = await import('../engine/parallel');
  serveWorker();
} else {
  const { runAction } = await import('./run');
  await runAction();
}
