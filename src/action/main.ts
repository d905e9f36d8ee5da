import { isScanWorker, serveWorker } from '../engine/parallel';
import { runAction } from './run';

// A scan worker runs this same bundle: it serves its share of files instead of the Action.
if (isScanWorker()) serveWorker();
else await runAction();
