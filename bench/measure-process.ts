import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What running one command cost. */
export interface ProcessCost {
  /** Wall-clock time from start to exit, in milliseconds. */
  wallMs: number;
  /**
   * The most memory the whole process tree held at once: the sum of the resident set sizes of
   * every process in its process group, sampled from /proc every `sampleMs`. Shared pages are
   * counted once per process, so this is an upper bound; a peak shorter than a sample can be missed.
   */
  peakTreeRssBytes: number;
  /** The largest single process's peak resident set size, exact from the kernel, via GNU time; null without /usr/bin/time. */
  peakProcessRssBytes: number | null;
  /** The end of what it printed, for error messages. */
  outputTail: string;
}

/** The command failed: says which, with the end of its output. */
export class CommandFailedError extends Error {
  constructor(command: string, code: number | null, outputTail: string) {
    super(`"${command}" failed (exit code ${code}). The end of its output:\n${outputTail}`);
    this.name = 'CommandFailedError';
  }
}

const gnuTime = '/usr/bin/time';
const pageSize = Number(spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).stdout.trim()) || 4096;

/**
 * The summed resident memory of every process whose process group is in `groups`, from /proc/<pid>/stat.
 * Read synchronously: a /proc file is in memory, and reading each through the thread pool took ten times
 * the CPU (about 22 ms a sample, a fifth of a core at ten samples a second, taken from the build it measures).
 */
function groupsRss(groups: ReadonlySet<number>): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // The process ended between listing and reading.
    }
    // The command name (field 2) can hold spaces and brackets: count fields from the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state, ppid, pgrp (index 2) … rss in pages (index 21).
    if (groups.has(Number(fields[2]))) total += Number(fields[21] ?? 0) * pageSize;
  }
  return total;
}

/** The process groups of the commands `measureProcess` is running now. */
const running = new Set<number>();

/**
 * Runs `work` (which measures commands side by side) and returns the most memory those commands
 * held at one moment: their process trees summed at each sample. The sum of each command's own
 * peak would overstate it when the peaks fall at different times.
 */
export async function peakTogether<T>(
  work: () => Promise<T>,
  sampleMs = 100,
): Promise<{ result: T; peakRssBytes: number }> {
  let peakRssBytes = 0;
  const timer = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, groupsRss(running));
  }, sampleMs);
  try {
    return { result: await work(), peakRssBytes };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs a command in its own process group, measuring wall time and peak memory of the whole
 * tree (npx, Node and anything they start). Under GNU time when it is installed (Debian
 * package "time"), which also gives the kernel's exact peak of the largest single process.
 */
export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<ProcessCost> {
  const useTime = existsSync(gnuTime);
  const timeDir = useTime ? await mkdtemp(path.join(tmpdir(), 'send-bench-time-')) : undefined;
  const timeFile = timeDir ? path.join(timeDir, 'time.txt') : '';
  const [file, fileArgs] = useTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, fileArgs, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakTreeRssBytes = 0;
  const group = new Set(child.pid === undefined ? [] : [child.pid]);
  if (child.pid !== undefined) running.add(child.pid);
  const timer = setInterval(() => {
    peakTreeRssBytes = Math.max(peakTreeRssBytes, groupsRss(group));
  }, options.sampleMs ?? 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => {
    clearInterval(timer);
    if (child.pid !== undefined) running.delete(child.pid);
  });
  const wallMs = performance.now() - started;
  const outputTail = output.slice(-4000);
  let peakProcessRssBytes: number | null = null;
  if (timeDir) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    peakProcessRssBytes = kilobytes ? Number(kilobytes) * 1024 : null;
    await rm(timeDir, { recursive: true, force: true });
  }
  if (code !== 0) throw new CommandFailedError([command, ...args].join(' '), code, outputTail);
  return { wallMs, peakTreeRssBytes, peakProcessRssBytes, outputTail };
}
