import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_NAMES, ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('gives every setting its default when the environment has none (an empty variable counts as unset)', () => {
    const defaults = {
      // No made-up address: the pages, feeds and sitemap that need one are left out instead.
      ARCHIVE_SITE: undefined,
      ARCHIVE_BASE: '/',
      ARCHIVE_SOURCES: path.resolve('content/sources'),
      ARCHIVE_LENIENT: false,
      ARCHIVE_GENERATED: path.resolve('content/generated'),
      ARCHIVE_CACHE_DIR: undefined,
      ARCHIVE_OFFLINE_LIMIT_MB: 10,
      ARCHIVE_SEARCH_SHARD_SIZE: 3000,
      ARCHIVE_SEARCH_NEWEST_SIZE: 600,
      ARCHIVE_SEARCH_JOBS: Math.min(2, availableParallelism()),
    };
    expect(readConfig({})).toEqual(defaults);
    expect(readConfig(Object.fromEntries(CONFIG_NAMES.map((name) => [name, ''])))).toEqual(defaults);
  });

  it('reads each variable, and only the archive’s', () => {
    const config = readConfig({
      ARCHIVE_SITE: 'https://archive.example.org',
      ARCHIVE_BASE: '/archive/',
      ARCHIVE_SOURCES: '/srv/statements',
      ARCHIVE_LENIENT: '1',
      ARCHIVE_GENERATED: 'build/generated',
      ARCHIVE_CACHE_DIR: 'build/cache',
      ARCHIVE_OFFLINE_LIMIT_MB: '0.5',
      ARCHIVE_SEARCH_SHARD_SIZE: '2',
      ARCHIVE_SEARCH_NEWEST_SIZE: '1',
      ARCHIVE_SEARCH_JOBS: '4',
      HOME: '/root',
    });
    expect(config).toEqual({
      ARCHIVE_SITE: 'https://archive.example.org',
      ARCHIVE_BASE: '/archive/',
      ARCHIVE_SOURCES: '/srv/statements',
      ARCHIVE_LENIENT: true,
      ARCHIVE_GENERATED: path.resolve('build/generated'),
      ARCHIVE_CACHE_DIR: 'build/cache',
      ARCHIVE_OFFLINE_LIMIT_MB: 0.5,
      ARCHIVE_SEARCH_SHARD_SIZE: 2,
      ARCHIVE_SEARCH_NEWEST_SIZE: 1,
      ARCHIVE_SEARCH_JOBS: 4,
    });
    // 0 MB: every archive is "large", and readers save it with "Save for offline".
    expect(readConfig({ ARCHIVE_OFFLINE_LIMIT_MB: '0' }).ARCHIVE_OFFLINE_LIMIT_MB).toBe(0);
    expect(readConfig({ ARCHIVE_LENIENT: '0' }).ARCHIVE_LENIENT).toBe(false);
  });

  it.each([
    ['ARCHIVE_SITE', 'decisions.example.org', 'ARCHIVE_SITE must be the http(s) address of the site, such as https://decisions.example.org, not "decisions.example.org"'],
    ['ARCHIVE_SITE', 'ftp://decisions.example.org', 'ARCHIVE_SITE must be the http(s) address of the site, such as https://decisions.example.org, not "ftp://decisions.example.org"'],
    ['ARCHIVE_BASE', 'archive/', 'ARCHIVE_BASE must be the path the archive is served under, from "/", such as /archive/, not "archive/"'],
    ['ARCHIVE_LENIENT', 'maybe', 'ARCHIVE_LENIENT must be 1 (publish the valid sources, report the rest) or 0, not "maybe"'],
    ['ARCHIVE_OFFLINE_LIMIT_MB', 'ten', 'ARCHIVE_OFFLINE_LIMIT_MB must be a number of megabytes, 0 or more, not "ten"'],
    ['ARCHIVE_OFFLINE_LIMIT_MB', '-1', 'ARCHIVE_OFFLINE_LIMIT_MB must be a number of megabytes, 0 or more, not "-1"'],
    ['ARCHIVE_SEARCH_SHARD_SIZE', 'many', 'ARCHIVE_SEARCH_SHARD_SIZE must be a whole number of decisions, not "many"'],
    ['ARCHIVE_SEARCH_SHARD_SIZE', '0', 'ARCHIVE_SEARCH_SHARD_SIZE must be a whole number of decisions, not "0"'],
    ['ARCHIVE_SEARCH_JOBS', '1.5', 'ARCHIVE_SEARCH_JOBS must be a whole number of processes, not "1.5"'],
  ])('refuses %s=%s, naming the variable and what it must be', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(new ConfigError(message));
  });

  it('names every wrong variable at once, one a line', () => {
    expect(() => readConfig({ ARCHIVE_SEARCH_JOBS: 'two', ARCHIVE_OFFLINE_LIMIT_MB: 'ten' })).toThrow(
      new ConfigError('ARCHIVE_OFFLINE_LIMIT_MB must be a number of megabytes, 0 or more, not "ten"\nARCHIVE_SEARCH_JOBS must be a whole number of processes, not "two"'),
    );
  });

  it('reads the environment again when it changes', () => {
    expect(readConfig({ ARCHIVE_SEARCH_SHARD_SIZE: '5' }).ARCHIVE_SEARCH_SHARD_SIZE).toBe(5);
    expect(readConfig({ ARCHIVE_SEARCH_SHARD_SIZE: '6' }).ARCHIVE_SEARCH_SHARD_SIZE).toBe(6);
    expect(() => readConfig({ ARCHIVE_SEARCH_SHARD_SIZE: 'x' })).toThrow(ConfigError);
  });
});
