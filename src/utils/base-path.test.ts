import { describe, expect, it } from 'vitest';
import { withTrailingSlash } from './base-path';

describe('withTrailingSlash', () => {
  it('ends a base path with one slash', () => {
    expect(['/', '', '/archive', '/archive/'].map(withTrailingSlash)).toEqual(['/', '/', '/archive/', '/archive/']);
  });
});
