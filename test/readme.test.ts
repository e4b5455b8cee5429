/**
 * README.md against the code it documents: the table of variables ("Deployment") against the schema
 * of src/config.ts, and every Content-Security-Policy it quotes against src/contracts/csp.ts.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_NAMES, readConfig, type ConfigName } from '../src/config';
import { CSP_HEADER } from '../src/contracts/csp';
import { ROOT } from './helpers/build';

let readme: string;
/** Each row of the variables' table: the variable and the first `code` of its default cell, or its words where it has none. */
let table: { name: string; default: string }[];

beforeAll(async () => {
  readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  table = [...readme.matchAll(/^\| `(ARCHIVE_[A-Z_]+)` \| (?:`([^`]*)`[^|]*|([^`|]+))\|/gm)].map(([, name, code, words]) => ({ name: name!, default: code ?? words!.trim() }));
});

describe('README.md, "Deployment"', () => {
  it('lists every variable src/config.ts reads, in its order, and no other', () => {
    expect(table.map((row) => row.name)).toEqual(CONFIG_NAMES);
  });

  it('gives each variable the default the schema gives it', () => {
    const defaults = readConfig({});
    for (const row of table) {
      const name = row.name as ConfigName;
      if (name === 'ARCHIVE_SITE') {
        // No default: unset, what needs the site's address is left out.
        expect(defaults[name], name).toBeUndefined();
        expect(row.default, name).toBe('none');
      } else if (name === 'ARCHIVE_CACHE_DIR') {
        // Unset, Astro's own default applies.
        expect(defaults[name], name).toBeUndefined();
        expect(row.default, name).toBe('node_modules/.astro');
      } else if (name === 'ARCHIVE_SEARCH_JOBS') {
        // "`2` (or 1 on one core)"
        expect(row.default, name).toBe('2');
        expect(defaults[name], name).toBe(availableParallelism() > 1 ? 2 : 1);
      } else {
        // The documented default, set by hand, gives what leaving the variable unset gives.
        expect(readConfig({ [name]: row.default })[name], name).toEqual(defaults[name]);
      }
    }
  });
});

describe('README.md, the Content-Security-Policy', () => {
  it('quotes the policy the headers send, wherever it quotes one', () => {
    const quoted = [...readme.matchAll(/default-src [^"\n]*/g)].map(([policy]) => policy);
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const policy of quoted) expect(policy).toBe(CSP_HEADER);
  });
});
