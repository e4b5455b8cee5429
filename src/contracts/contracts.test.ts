import { describe, expect, it } from 'vitest';
import { OfflineFilesSchema, OfflineManifestSchema } from './offline';
import { FILTER_NAMES, filterOrder, SEARCH_FILTERS } from './search-filters';
import { SearchIndexFileSchema } from './search-index';

describe('SearchIndexFileSchema (pagefind/shards.json)', () => {
  const file = {
    primary: { id: '2021-2022', key: 'a1', decisions: 3 },
    shards: [{ id: '2019-2020', path: 'pagefind/shards/2019-2020-b2/', key: 'b2', decisions: 2 }],
  };

  it('reads the file the build writes', () => {
    expect(SearchIndexFileSchema.parse(file)).toEqual(file);
    expect(SearchIndexFileSchema.parse({ ...file, shards: [] }).shards).toEqual([]);
  });

  it('refuses a file of another shape, saying where', () => {
    const result = SearchIndexFileSchema.safeParse({ ...file, shards: [{ id: '2019', key: 'b2', decisions: 2 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['shards', 0, 'path']]);
    expect(SearchIndexFileSchema.safeParse({ shards: [] }).success).toBe(false);
    expect(SearchIndexFileSchema.safeParse(null).success).toBe(false);
  });
});

describe('OfflineManifestSchema (offline.json) and OfflineFilesSchema (offline-files.json)', () => {
  const manifest = { version: 'abc', precached: false, limitBytes: 10_000_000, index: { bytes: 5, count: 1 }, pages: { bytes: 7, count: 2 } };
  const files = { version: 'abc', index: ['pagefind/pagefind.js'], pages: ['decisions/20-005-525/'] };

  it('reads the files the build writes', () => {
    expect(OfflineManifestSchema.parse(manifest)).toEqual(manifest);
    expect(OfflineFilesSchema.parse(files)).toEqual(files);
  });

  it('refuses files of another shape', () => {
    expect(OfflineManifestSchema.safeParse({ ...manifest, precached: 'yes' }).success).toBe(false);
    expect(OfflineManifestSchema.safeParse({ ...manifest, pages: { bytes: 7 } }).success).toBe(false);
    expect(OfflineFilesSchema.safeParse({ ...files, pages: 'decisions/' }).success).toBe(false);
    expect(OfflineFilesSchema.safeParse({ index: [], pages: [] }).success).toBe(false);
  });
});

describe('the search filters', () => {
  it('are the six the search page offers, each once', () => {
    expect(FILTER_NAMES).toEqual(['council', 'outcome', 'remedy', 'category', 'subcategory', 'year']);
  });

  it('mark remedy, and only remedy, as a filter of which a decision can have several values', () => {
    expect(SEARCH_FILTERS.filter((f) => 'several' in f && f.several).map((f) => f.name)).toEqual(['remedy']);
    expect(SEARCH_FILTERS.find((f) => f.name === 'remedy')?.label).toBe('Remedy');
  });

  it('list years newest first and everything else by name', () => {
    expect(['2019', '2021', '2020'].sort(filterOrder('year'))).toEqual(['2021', '2020', '2019']);
    expect(['Upheld', 'Closed after initial enquiries', 'Not upheld'].sort(filterOrder('outcome'))).toEqual(['Closed after initial enquiries', 'Not upheld', 'Upheld']);
    expect(['Ealing', 'barnet', 'Camden'].sort(filterOrder('council'))).toEqual(['barnet', 'Camden', 'Ealing']);
  });
});
