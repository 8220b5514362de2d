// The import worker in an unbuilt checkout (and under the tests): TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
