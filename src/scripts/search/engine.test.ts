import { describe, expect, it } from 'vitest';
import { SearchEngine, type PagefindModule } from './engine';

/** Pagefind's API as far as the list of shards needs it: instances that start and answer nothing. */
function fakePagefind(): PagefindModule & { folders: string[] } {
  const folders: string[] = [];
  return {
    folders,
    createInstance: ({ basePath }) => {
      folders.push(basePath);
      return {
        init: async () => undefined,
        preload: async () => undefined,
        search: async () => ({ results: [], filters: {} }),
        filters: async () => ({}),
      };
    },
  };
}

describe('the list of shards', () => {
  it('starts the newest shard at once, before the list of the others has arrived', async () => {
    const pagefind = fakePagefind();
    let arrive!: (folders: string[]) => void;
    const engine = new SearchEngine(pagefind, '/pagefind/', () => new Promise((resolve) => (arrive = resolve)), {});
    await engine.search(0, { query: { kind: 'text', words: ['council'], phrases: [] }, filters: {}, sort: '' });
    expect(pagefind.folders).toEqual(['/pagefind/']);
    const listed = engine.shards();
    arrive(['/pagefind/shards/b/', '/pagefind/shards/c/']);
    expect(await listed).toEqual({ shards: [0, 1, 2], complete: true });
  });

  it('answers with the newest shard alone while the list fails, and asks for it once again at the next call', async () => {
    let asked = 0;
    let fail = true;
    const engine = new SearchEngine(fakePagefind(), '/pagefind/', async () => {
      asked++;
      if (fail) throw new Error('offline');
      return ['/pagefind/shards/b/'];
    }, {});
    expect(await engine.shards()).toEqual({ shards: [0], complete: false });
    expect(asked).toBe(2);
    fail = false;
    // Two at once (a search and the counts of the one before): one request, the shard listed once.
    const [a, b] = await Promise.all([engine.shards(), engine.shards()]);
    expect(asked).toBe(3);
    expect(a).toEqual({ shards: [0, 1], complete: true });
    expect(b).toEqual(a);
    expect(await engine.shards()).toEqual({ shards: [0, 1], complete: true });
    expect(asked).toBe(3);
  });
});
