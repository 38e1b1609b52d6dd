import { describe, expect, it } from 'vitest';
import { approximateDays, parseDuration } from './duration.ts';
import { importanceLevel } from './importance.ts';

describe('parseDuration', () => {
  it.each(['P10D', 'P1M', 'PT1H', 'P1Y6M', 'P2W', 'P1DT12H', 'P0D'])('accepts %s', (text) => expect(parseDuration(text)).not.toBeNull());
  it.each(['', 'P', 'PT', '10 days', 'P10', 'P1.5D', 'p10d', 'P1W2D', 'PT1D'])('rejects %j', (text) => expect(parseDuration(text)).toBeNull());
  it('approximates days', () => {
    expect(approximateDays(parseDuration('P10D')!)).toBe(10);
    expect(approximateDays(parseDuration('P1M')!)).toBe(30);
    expect(approximateDays(parseDuration('P2W')!)).toBe(14);
    expect(approximateDays(parseDuration('PT12H')!)).toBe(0.5);
  });
});

describe('importanceLevel', () => {
  it('is the rounded mean of the three factors', () => {
    expect(importanceLevel({ targetGroupSize: 4, needImportance: 3, contribution: 4 })).toBe(4);
    expect(importanceLevel({ targetGroupSize: 2, needImportance: 2, contribution: 1 })).toBe(2);
    expect(importanceLevel({ targetGroupSize: 1, needImportance: 1, contribution: 1 })).toBe(1);
  });
  it('is at least 3 when the need is critical', () => {
    expect(importanceLevel({ targetGroupSize: 1, needImportance: 4, contribution: 1 })).toBe(3);
  });
});
