/** `_headers` as scripts/integrations/headers.ts writes it (test/browser/csp.test.ts serves a built one). */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../scripts/integrations/headers';
import { CSP_HEADER } from '../src/contracts/csp';

const paths = (file: string) => file.split('\n').filter((line) => line.startsWith('/'));

describe('headersFile', () => {
  it('sends the pages’ policy, with frame-ancestors, on every path', () => {
    const file = headersFile('/');
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: (.+)$/m);
    expect(/^ {2}Content-Security-Policy: (.+)$/m.exec(file)![1]).toBe(CSP_HEADER);
    expect(CSP_HEADER).toMatch(/; frame-ancestors 'none'$/);
  });

  it('puts every rule under the site’s base, and changes nothing else', () => {
    const atRoot = headersFile('/');
    const under = headersFile('/archive/');
    expect(paths(atRoot).length).toBeGreaterThan(10);
    expect(paths(under)).toEqual(paths(atRoot).map((p) => `/archive${p}`));
    expect(under.replaceAll(/^\/archive\//gm, '/')).toBe(atRoot);
  });
});
