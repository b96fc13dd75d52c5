import { describe, expect, it } from 'vitest';
import { moveIdBy, moveIdTo } from '../../src-main/shared/domain/ordering';

describe('moveIdTo', () => {
  it('takes the id out and puts it back at the index', () => {
    expect(moveIdTo(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveIdTo(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('clamps the index to the list', () => {
    expect(moveIdTo(['a', 'b', 'c'], 'b', 99)).toEqual(['a', 'c', 'b']);
    expect(moveIdTo(['a', 'b', 'c'], 'b', -5)).toEqual(['b', 'a', 'c']);
  });

  it('adds an id the list did not have', () => {
    expect(moveIdTo(['a', 'b'], 'new', 0)).toEqual(['new', 'a', 'b']);
  });
});

describe('moveIdBy', () => {
  it('moves up and down by one place', () => {
    expect(moveIdBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveIdBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses to move past either end, or an id not in the list', () => {
    expect(moveIdBy(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveIdBy(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveIdBy(['a', 'b', 'c'], 'x', 1)).toBeNull();
  });
});
