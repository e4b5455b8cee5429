import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_SOURCE_BYTES } from './decode';

const text = 'Ms X’s “complaint” – £300\n';
const utf8 = new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads UTF-8', () => expect(decodeSource(utf8)).toEqual({ ok: true, value: text }));

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, value: text });
  });

  it('reads Windows-1252, keeping the typographic characters', () => {
    expect(decodeSource(iconv.encode(text, 'windows-1252'))).toEqual({ ok: true, value: text });
  });

  it('turns CRLF and CR line endings into LF', () => {
    expect(decodeSource(new TextEncoder().encode('a\r\nb\rc'))).toEqual({ ok: true, value: 'a\nb\nc' });
  });

  it('turns non-breaking spaces into spaces', () => {
    expect(decodeSource(new TextEncoder().encode('£\u00a0300 and\u202fmore'))).toEqual({ ok: true, value: '£ 300 and more' });
  });

  it('refuses an empty file', () => {
    expect(decodeSource(new Uint8Array())).toMatchObject({ ok: false, errors: [{ code: 'empty', line: 1 }] });
  });

  it('refuses binary data, pointing at the line of the first NUL', () => {
    expect(decodeSource(new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toMatchObject({ ok: false, errors: [{ code: 'binary', line: 2 }] });
  });

  it('refuses a file larger than a statement can be, without reading it', () => {
    expect(decodeSource(new Uint8Array(MAX_SOURCE_BYTES + 1))).toMatchObject({ ok: false, errors: [{ code: 'too-large' }] });
  });
});
