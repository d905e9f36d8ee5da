import { isScanWorker, serveWorker } from '../engine/parallel';
import { run } from './run';

// A scan worker runs this same bundle: it serves its share of files instead of the command line.
if (isScanWorker()) serveWorker();
else {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
