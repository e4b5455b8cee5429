import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './build';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Copies of the seed decision about Barnet (20 005 525) under other references and dates, written
 * into `dir`, so that a council's lists run to several pages: copy i is 23 (100 + i) (500 + i),
 * decided in 2010 + i mod 12, or on `date` where given (as the statement writes it: "3 Jan 2022").
 */
export async function writeBarnetCopies(dir: string, from: number, count: number, date?: string): Promise<void> {
  const model = await readFile(path.join(ROOT, 'content/sources/20-005-525.txt'), 'utf8');
  for (let i = from; i < from + count; i++) {
    const reference = `23 ${String(100 + i)} ${String(500 + i)}`;
    const decided = date ?? `${(i % 27) + 1} ${MONTHS[i % 12]} ${2010 + (i % 12)}`;
    const text = model.replace('(20 005 525)', `(${reference})`).replace('Decision date : 27 May 2021', `Decision date : ${decided}`);
    await writeFile(path.join(dir, `${reference.replaceAll(' ', '-')}.txt`), text);
  }
}
