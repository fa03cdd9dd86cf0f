import { startPostGuard } from '../src/content/start';
import { facebookAdapter } from '../src/sites/facebook/adapter';

startPostGuard(facebookAdapter);
