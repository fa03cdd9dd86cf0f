import { startPostGuard } from '../src/content/start';
import { youtubeAdapter } from '../src/sites/youtube/adapter';

startPostGuard(youtubeAdapter);
