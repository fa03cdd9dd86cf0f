import { startPostGuard } from '../src/content/start';
import { xAdapter } from '../src/sites/x/adapter';

startPostGuard(xAdapter);
