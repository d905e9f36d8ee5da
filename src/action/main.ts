import { runAction } from './run';

await runAction();
