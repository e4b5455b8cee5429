/** The bench's command line: `npm run bench -- --help`. */
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `npm run bench -- [options]

  --n 1000,10000          archive sizes to measure, one run each (default 1000)
  --seed 1                corpus seed
  --add 100               statements added for the rebuild (0: no rebuild)
  --queries a,b           search queries; @council is a council of the built archive (its distinctive
                          name), @reference a decision's reference from the middle of it
                          (default: council, homelessness, school transport, @council, @reference)
  --repeat 1              visits per query in a window already open and with Pagefind alone, taken in
                          turn; their medians are the figures, each visit's time kept beside them
  --step-timeout 1200     seconds before a step is stopped and recorded as failed
  --tree copy|head|live   build a copy of the working tree (default), the committed tree, or the project folder
  --astro-config <file>   a config variant, e.g. bench/variants/chunked-store.mjs
  --node-options <flags>  NODE_OPTIONS for the build steps
  --profile               CPU profile of astro build
  --no-search             skip the search measurement
  --keep                  leave the temporary folders
  --out bench/results     where the results JSON goes
  --search-dist <dist>    only the search measurement, on a site built before`;

/** The kinds of search: a common word, a topic word, a two-word topic, a council's name and a reference. */
const DEFAULT_QUERIES = ['council', 'homelessness', 'school transport', '@council', '@reference'];

export type Tree = 'copy' | 'head' | 'live';

export interface BenchOptions {
  sizes: number[];
  seed: number;
  added: number;
  queries: string[];
  /** Visits per query in a window already open and with Pagefind alone (their medians are recorded). */
  repeat: number;
  stepTimeoutMs: number;
  keep: boolean;
  search: boolean;
  profile: boolean;
  nodeOptions: string;
  astroConfig: string | undefined;
  tree: Tree;
  out: string;
  searchDist: string | undefined;
  help: boolean;
}

/** The options, or an error that says what is wrong with them. */
export function benchOptions(args: string[], root: string): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      queries: { type: 'string' },
      add: { type: 'string', default: '100' },
      repeat: { type: 'string', default: '1' },
      'step-timeout': { type: 'string', default: '1200' },
      keep: { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'node-options': { type: 'string', default: '' },
      'astro-config': { type: 'string' },
      tree: { type: 'string', default: 'copy' },
      'search-dist': { type: 'string' },
      out: { type: 'string', default: path.join(root, 'bench/results') },
      help: { type: 'boolean', default: false },
    },
  });
  const sizes = values.n.split(',').map((s) => Number(s.replace(/_/g, '').trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--n takes whole numbers, e.g. --n 1000,10000,60000');
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat takes a whole number of visits, e.g. --repeat 5');
  const tree = values.tree;
  if (tree !== 'copy' && tree !== 'head' && tree !== 'live') throw new Error('--tree is copy, head or live');
  return {
    sizes,
    seed: Number(values.seed),
    added: Number(values.add),
    queries: values.queries ? values.queries.split(',').map((q) => q.trim()).filter(Boolean) : DEFAULT_QUERIES,
    repeat,
    stepTimeoutMs: Number(values['step-timeout']) * 1000,
    keep: values.keep,
    search: !values['no-search'],
    profile: values.profile,
    nodeOptions: values['node-options'],
    astroConfig: values['astro-config'],
    tree,
    out: values.out,
    searchDist: values['search-dist'],
    help: values.help,
  };
}
