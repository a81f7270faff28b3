// Worker-thread entry: worker threads do not inherit tsx's loader, so register it before the TS module.
import { register } from 'tsx/esm/api';

register();
await import('./code-thread.ts');
