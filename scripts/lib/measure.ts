/**
 * Time and memory of a command and everything it starts, for the benchmark.
 *
 * Peak memory comes from GNU time (`/usr/bin/time -v`: the largest resident set of any process in
 * the tree) where it is installed, and always from sampling /proc: the whole tree's resident memory
 * and its largest process, a few times a second, as a timeline (seconds since the command started).
 * A command that outlives its time limit is stopped (its whole process group) and reported
 * as failed, so that a benchmark run always finishes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const GNU_TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;

export interface ProcessPeak {
  pid: number;
  command: string;
  rssMB: number;
}

export interface TimelinePoint {
  /** Seconds since the start. */
  t: number;
  /** Resident memory of the whole process tree. */
  treeMB: number;
  /** Resident memory of its largest process. */
  maxMB: number;
}

export interface Measurement {
  label: string;
  command: string;
  ok: boolean;
  exitCode: number | null;
  timedOut: boolean;
  error?: string;
  wallSeconds: number;
  userSeconds?: number;
  systemSeconds?: number;
  cpuPercent?: number;
  /** Largest resident set of any single process, per GNU time (kernel accounting). */
  maxRssMB?: number;
  /** Largest sampled resident memory of the whole tree at one moment. */
  peakTreeMB: number;
  /** The single process with the largest sampled resident memory. */
  peakProcess: ProcessPeak | null;
  /** The largest sampled resident memory of any one process of each program (astro, pagefind_extended, …). */
  peakByProgram: Record<string, number>;
  timeline: TimelinePoint[];
  /** The last lines of output, for failures. */
  tail: string[];
}

export interface MeasureOptions {
  label: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Called about once a second while the command runs (for a progress line). */
  onTick?: (seconds: number, treeMB: number) => void;
  sampleMs?: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Process groups of the commands running now: stopped with the benchmark if it is interrupted. */
const running = new Set<number>();
let handlersInstalled = false;
function stopRunningOnExit(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of running) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      process.exit(130);
    });
  }
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const useTime = hasGnuTime();
  const timeFile = path.join(os.tmpdir(), `measure-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  // Its own process group, so that a timeout stops the command and everything it started.
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  stopRunningOnExit();
  if (child.pid !== undefined) running.add(child.pid);

  const tail: string[] = [];
  const onData = (buffer: { partial: string }) => (chunk: Buffer) => {
    const text = buffer.partial + chunk.toString('utf8');
    const lines = text.split('\n');
    buffer.partial = lines.pop()!;
    for (const raw of lines) emit(raw);
  };
  const emit = (raw: string) => {
    const text = stripVTControlCharacters(raw).replace(/\r/g, '');
    if (text.trim() === '') return;
    tail.push(text);
    if (tail.length > 60) tail.shift();
  };
  const out = { partial: '' };
  const err = { partial: '' };
  child.stdout.on('data', onData(out));
  child.stderr.on('data', onData(err));

  const timeline: TimelinePoint[] = [];
  let peakTreeMB = 0;
  let peakProcess: ProcessPeak | null = null;
  const peakByProgram: Record<string, number> = {};
  let lastPoint = -1;
  let sampling = false;
  const sample = async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    try {
      const tree = await processTree(child.pid);
      let total = 0;
      let max: ProcessPeak | null = null;
      for (const p of tree) {
        total += p.rssMB;
        if (!max || p.rssMB > max.rssMB) max = p;
        const program = programOf(p.command);
        peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, p.rssMB);
      }
      if (total > peakTreeMB) peakTreeMB = total;
      if (max && (!peakProcess || max.rssMB > peakProcess.rssMB)) peakProcess = max;
      const t = seconds();
      if (t - lastPoint >= 1) {
        lastPoint = t;
        timeline.push({ t: round(t), treeMB: Math.round(total), maxMB: Math.round(max?.rssMB ?? 0) });
        options.onTick?.(t, total);
      }
    } finally {
      sampling = false;
    }
  };
  const sampler = setInterval(() => void sample(), options.sampleMs ?? 250);

  let timedOut = false;
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    kill('SIGTERM');
    setTimeout(() => kill('SIGKILL'), 5000).unref();
  }, options.timeoutMs);

  const { exitCode, error } = await new Promise<{ exitCode: number | null; error?: string }>((resolve) => {
    child.on('error', (e) => resolve({ exitCode: null, error: e.message }));
    child.on('close', (code, signal) => resolve({ exitCode: code, error: signal ? `killed by ${signal}` : undefined }));
  });
  clearTimeout(timer);
  clearInterval(sampler);
  if (child.pid !== undefined) running.delete(child.pid);
  if (out.partial) emit(out.partial);
  if (err.partial) emit(err.partial);
  const wallSeconds = seconds();

  const result: Measurement = {
    label: options.label,
    command: [command, ...args].join(' '),
    ok: exitCode === 0 && !timedOut,
    exitCode,
    timedOut,
    wallSeconds: round(wallSeconds, 2),
    peakTreeMB: Math.round(peakTreeMB),
    peakProcess,
    peakByProgram,
    timeline,
    tail: tail.slice(-25),
  };
  if (timedOut) result.error = `stopped after the step limit of ${Math.round(options.timeoutMs / 1000)} s`;
  else if (error) result.error = error;
  else if (exitCode !== 0) result.error = `exit code ${exitCode}: ${tail.slice(-3).join(' | ')}`;

  if (useTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    await rm(timeFile, { force: true });
    const field = (name: string) => new RegExp(`${name}:\\s*([\\d.]+)`).exec(report)?.[1];
    const maxKb = field('Maximum resident set size \\(kbytes\\)');
    if (maxKb) result.maxRssMB = Math.round(Number(maxKb) / 1024);
    const user = field('User time \\(seconds\\)');
    const system = field('System time \\(seconds\\)');
    const cpu = /Percent of CPU this job got:\s*(\d+)%/.exec(report)?.[1];
    if (user) result.userSeconds = Number(user);
    if (system) result.systemSeconds = Number(system);
    if (cpu) result.cpuPercent = Number(cpu);
    // GNU time notes a failed command in its report: keep that as the error when there is no other.
    if (!result.ok && !result.error && /Command (exited|terminated)/.test(report)) result.error = report.split('\n')[0];
  }
  return result;
}

/** "node …/astro.mjs build" → "astro"; "pagefind_extended --site …" → "pagefind_extended". */
function programOf(command: string): string {
  const [first, second] = command.split(' ');
  return (first === 'node' && second ? second : (first ?? '?')).replace(/\.(m?js|cjs|ts)$/, '');
}

/** The process and all its descendants, with their resident memory now. */
export async function processTree(root: number): Promise<ProcessPeak[]> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: ProcessPeak[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    queue.push(...(children.get(pid) ?? []));
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => null);
    if (!statm) continue;
    const rssMB = (Number(statm.split(' ')[1]) * PAGE_SIZE) / 1024 / 1024;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    out.push({ pid, command: cmdline.split('\0').filter(Boolean).slice(0, 3).map((a) => path.basename(a)).join(' ').slice(0, 80), rssMB: Math.round(rssMB) });
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * CPU profiles (node --cpu-prof): where a step's time goes, by package and by function.
 * --------------------------------------------------------------------------------------------- */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalSeconds: number;
  byPackage: { name: string; seconds: number; share: number }[];
  byFunction: { name: string; seconds: number; share: number }[];
}

/** Self time of every sampled function, grouped by the package (or project folder) it lives in. */
export function summariseCpuProfile(profile: CpuProfile, root: string, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = packageOf(url, root);
    packages.set(where, (packages.get(where) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url, root)}:${lineNumber + 1}` : `(${where})`}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const list = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, seconds: round(micros / 1e6, 2), share: round(micros / Math.max(total, 1), 3) }));
  return { totalSeconds: round(total / 1e6, 2), byPackage: list(packages), byFunction: list(functions) };
}

function packageOf(url: string, root: string): string {
  if (url === '') return '(native, GC and idle)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const relative = path.relative(root, file);
  if (!relative.startsWith('..')) return `project: ${relative.split('/').slice(0, 2).join('/')}`;
  return file.includes('/dist/') || file.includes('chunks') ? 'build output (pages)' : 'other';
}

function shortUrl(url: string, root: string): string {
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm !== -1) return file.slice(nm + 'node_modules/'.length);
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? path.basename(file) : relative;
}
