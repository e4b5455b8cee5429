import { describe, expect, it } from 'vitest';
import type { DecisionMeta } from './archive-index';
import { decisionFeed, FEED_SIZE } from './feed';

const SITE = new URL('https://archive.example/');

function meta(i: number): DecisionMeta {
  const reference = `20 ${String(i).padStart(3, '0')} 001`;
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    slug: reference.replaceAll(' ', '-'),
    reference,
    authority: { name: `Council <${i}> & Co`, slug: `council-${i}` },
    category: { name: 'Education', slug: 'education' },
    subcategory: null,
    outcome: 'upheld',
    outcomeLabel: 'Upheld',
    decisionDate: `2020-01-${day}`,
    summary: `Summary ${i}.`,
    paragraphCount: 3,
    remedyTotal: 0,
  };
}

const feed = async (decisions: DecisionMeta[]) =>
  (await decisionFeed({ title: 'T', description: 'D', page: '/councils/x/', self: '/councils/x/feed.xml', decisions, site: SITE })).text();

describe('decisionFeed', () => {
  it(`holds the newest ${FEED_SIZE} decisions only, so it never grows with the archive`, async () => {
    const xml = await feed(Array.from({ length: 120 }, (_, i) => meta(i)));
    expect(xml.match(/<item>/g)).toHaveLength(FEED_SIZE);
    expect(xml).toContain('20-000-001/');
    expect(xml).not.toContain(`20-${FEED_SIZE}-001/`);
  });

  it('dates items by their decision dates, never the clock, so two builds give the same bytes', async () => {
    const first = await feed([meta(4)]);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await feed([meta(4)])).toBe(first);
    expect(first).toContain('<pubDate>Sun, 05 Jan 2020 00:00:00 GMT</pubDate>');
    expect(first).not.toMatch(/lastBuildDate/);
  });

  it('links absolutely to the site, says where it lives, and escapes names', async () => {
    const xml = await feed([meta(7)]);
    expect(xml).toContain('<link>https://archive.example/decisions/20-007-001/</link>');
    expect(xml).toContain('<link>https://archive.example/councils/x/</link>');
    expect(xml).toContain('<atom:link href="https://archive.example/councils/x/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('Council &lt;7&gt; &amp; Co');
    expect(xml).not.toContain('<7>');
  });
});
