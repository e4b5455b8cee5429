import { describe, expect, it } from 'vitest';
import type { DecisionMeta } from './archive-index';
import { elements, parseXml, xmlError } from '../../test/helpers/xml';
import { decisionFeed, FEED_SIZE, FEEDS, feedPaths, htmlText } from './feed';

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
    paymentsTotal: 0,
    distressTotal: 0,
    remedyKinds: [],
    sourceUrl: null,
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

  it('links absolutely to the site and says where it lives', async () => {
    const xml = await feed([meta(7)]);
    expect(xml).toContain('<link>https://archive.example/decisions/20-007-001/</link>');
    expect(xml).toContain('<link>https://archive.example/councils/x/</link>');
    expect(xml).toContain('<atom:link href="https://archive.example/councils/x/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('is made only with the site’s address, and a feed route lists no paths without one', () => {
    expect(() => decisionFeed({ title: 'T', description: 'D', page: '/councils/x/', self: '/councils/x/feed.xml', decisions: [meta(1)], site: undefined })).toThrow(
      "/councils/x/feed.xml: a feed needs the site's address (ARCHIVE_SITE)",
    );
    // Tests build no site: ARCHIVE_SITE is Astro's `site`, and vitest has none.
    expect(FEEDS).toBe(false);
    expect(feedPaths(() => [{ params: { slug: 'x' } }])).toEqual([]);
  });

  it('gives readers that render HTML the words as text: every title, description and category is HTML-escaped, then XML-escaped', async () => {
    const hostile = { ...meta(7), summary: 'Ms X <img src=x onerror=alert(1)> paid &amp; <b>waited</b>.', category: { name: 'Planning & <i>development</i>', slug: 'planning' } };
    const xml = await (
      await decisionFeed({ title: 'Decisions Archive: <i>Barnet</i>', description: 'About <script>x</script> & more', page: '/councils/x/', self: '/councils/x/feed.xml', decisions: [hostile], site: SITE })
    ).text();
    expect(xmlError(xml)).toBeNull();
    expect(xml).not.toMatch(/<(img|b|i|script)[\s>]/);
    const channel = elements(parseXml(xml), 'channel')[0]!;
    const item = elements(channel, 'item')[0]!;
    const text = (parent: typeof channel, name: string) => parent.children.filter((c) => c.name === name).map((c) => c.text);
    // Once XML-decoded (as every reader does), what is left is HTML whose text is the original words.
    expect(text(item, 'description')).toEqual(['8 January 2020. Planning &amp; &lt;i&gt;development&lt;/i&gt;. Ms X &lt;img src=x onerror=alert(1)&gt; paid &amp;amp; &lt;b&gt;waited&lt;/b&gt;.']);
    expect(text(item, 'title')).toEqual(['Council &lt;7&gt; &amp; Co (20 007 001): Upheld']);
    expect(text(item, 'category')).toEqual(['Planning &amp; &lt;i&gt;development&lt;/i&gt;', 'Upheld']);
    expect(text(channel, 'title')).toEqual(['Decisions Archive: &lt;i&gt;Barnet&lt;/i&gt;']);
    expect(text(channel, 'description')).toEqual(['About &lt;script&gt;x&lt;/script&gt; &amp; more']);
  });

  it('stays well-formed XML whatever the text holds', async () => {
    expect(xmlError(await feed([meta(1), { ...meta(2), summary: ']]> <![CDATA[ & &#0; "quoted" \'s \u000b\u000c\ufffe\uffff\ud800 \u{1F600}' }]))).toBeNull();
  });
});

describe('htmlText', () => {
  it('escapes what can open markup or an entity, and leaves apostrophes as they are', () => {
    expect(htmlText(`<a href="x">Children's & 'care'</a>`)).toBe(`&lt;a href="x"&gt;Children's &amp; 'care'&lt;/a&gt;`);
  });

  it('drops what XML forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates) and keeps the rest', () => {
    expect(htmlText('a\u0000\u000b\u000c\u001f\ufffe\uffff\ud800b\udc00\tc\nd\re \u{1F600} \u00a0é')).toBe('ab\tc\nd\re \u{1F600} \u00a0é');
  });
});
