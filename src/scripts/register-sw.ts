/** On every page: the service worker that keeps the archive readable offline. */
import { registerServiceWorker } from './offline';

registerServiceWorker();
