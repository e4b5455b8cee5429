import { describe, expect, it } from 'vitest';
import { pageLine } from '../scripts/lib/astro-log';

describe('pageLine', () => {
  it('reads a rendered page, coloured or not', () => {
    expect(pageLine('18:05:48   ├─ /decisions/19-001-728/index.html (+3ms) ')).toEqual({ path: '/decisions/19-001-728/index.html', kept: false });
    expect(pageLine('\x1b[2m17:26:18\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/index.html\x1b[22m \x1b[2m(+1.2s)\x1b[22m')).toEqual({ path: '/index.html', kept: false });
  });
  it('reads a page kept by the incremental build', () => {
    expect(pageLine('  ├─ /decisions/20-000-636/index.html (cached)')).toEqual({ path: '/decisions/20-000-636/index.html', kept: true });
    expect(pageLine('  ├─ /decisions/20-000-636/index.html (restored)')?.kept).toBe(true);
  });
  it('is nothing for any other line', () => {
    expect(pageLine('18:05:44 [archive:prune] 36 files of an earlier build removed')).toBeNull();
    expect(pageLine('  ▶ src/pages/decisions/[slug].astro')).toBeNull();
    expect(pageLine('✓ Completed in 352ms.')).toBeNull();
  });
});
