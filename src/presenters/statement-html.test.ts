import { describe, expect, it } from 'vitest';
import { realStatements, statementOf } from '../../test/helpers/statements';
import { statementTexts } from '../parser/text';
import type { Section } from '../schemas/decision';
import { escapeText, statementHtml } from './statement-html';
import { statementLinks } from './statement-links';

const decision = statementOf([
  'The complaint',
  '',
  '  1. Mr X says the Council\'s letter of "12 May" <b>was</b> late & wrong. See paragraph 3(b).',
  '  2. The Council replied:',
  '      • it had written;',
  '      • it would write again.',
  '  3. The Council will:',
  '      a) apologise to Mr X; and',
  '      b) pay him £100, as paragraph 1 says.',
  '',
  'The Ombudsman’s role and powers',
  '',
  '  4. We investigate complaints about councils.',
]);
const html = statementHtml(decision.sections, statementLinks(decision));

describe('statementHtml', () => {
  it('escapes every text as Astro escapes an expression, so that no statement writes markup', () => {
    expect(escapeText(`<script>&'"`)).toBe('&lt;script&gt;&amp;&#39;&quot;');
    expect(html).toContain('Mr X says the Council&#39;s letter of &quot;12 May&quot; &lt;b&gt;was&lt;/b&gt; late &amp; wrong.');
    expect(html).not.toMatch(/<b>/);
  });

  it('numbers each paragraph as a permalink with its citation button, and links its references', () => {
    expect(html).toContain(
      '<div class="para" id="p1"><button type="button" class="button button--secondary para-cite no-print" data-cite-paragraph="p1" data-pagefind-ignore hidden>Copy citation for para 1</button>' +
        '<a class="para-number" href="#p1" data-pagefind-ignore><span class="visually-hidden">Paragraph </span>1.<span class="permalink" aria-hidden="true">¶</span></a><p>',
    );
    expect(html).toContain('<a href="#p3b">paragraph 3(b)</a>');
    expect(html).toContain('<a href="#p1">paragraph 1</a>');
  });

  it('writes lettered sub-items as a list whose letters are permalinks, and bullets as a plain list', () => {
    expect(html).toContain('<ol role="list" class="items items--lettered"><li id="p3a"><a class="item-label" href="#p3a" data-pagefind-ignore><span class="visually-hidden">Item </span>a)</a>apologise to Mr X; and</li>');
    expect(html).toContain('<ul class="items"><li>it had written;</li><li>it would write again.</li></ul>');
  });

  it('labels each section by its heading, beside which sits its anchor, and keeps the boilerplate out of the search index', () => {
    expect(html).toContain(
      '<section aria-labelledby="the-complaint"><div class="anchored anchored--h2"><h2 id="the-complaint">The complaint</h2><a class="heading-anchor" href="#the-complaint" data-pagefind-ignore><span class="visually-hidden">Link to “The complaint”</span><span aria-hidden="true">#</span></a></div>',
    );
    expect(html).toMatch(/<section aria-labelledby="the-ombudsmans-role-and-powers" data-pagefind-ignore>/);
    const untitled: Section = { heading: null, id: 'start', subsections: [{ heading: null, id: null, content: [{ type: 'text', text: 'A line.', anchor: 'l1' }] }] };
    expect(statementHtml([untitled], statementLinks({ sections: [untitled], paragraphCount: 0, crossReferences: [] }))).toBe(
      '<div class="statement"><section id="start"><p id="l1" class="block">A line.</p></section></div>',
    );
  });

  it('holds every text of every real-layout statement, escaped, in reading order', () => {
    for (const { file, decision: d } of realStatements()) {
      const text = statementHtml(d.sections, statementLinks(d)).replace(/<[^>]*>/g, '');
      let from = 0;
      for (const { text: t } of statementTexts(d.sections)) {
        const at = text.indexOf(escapeText(t), from);
        expect(at, `${file}: ${t.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
        from = at + escapeText(t).length;
      }
    }
  });
});
