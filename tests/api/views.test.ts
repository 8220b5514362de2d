import { MemoryStore } from '../../graph/memory/index';
import { runViewsApiTests } from './views-api';

runViewsApiTests(async () => MemoryStore.inMemory());
