import { describe, expect, it } from 'vitest';
import { Source } from '../../../packages/engine/src/data/schema';

const source = { id: 's', publisher: 'P', title: 'T', date: '2025', kind: 'primary' } as const;

describe('a source may quote the passage that holds its numbers', () => {
  it('keeps the quote as written', () => {
    expect(Source.parse({ ...source, quote: 'Sales dropped to 3.02 million.' }).quote).toBe('Sales dropped to 3.02 million.');
  });
  it('is optional', () => {
    expect(Source.parse(source).quote).toBeUndefined();
  });
  it('refuses an empty quote with a message that says what to do', () => {
    const r = Source.safeParse({ ...source, quote: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('expected the quoted passage, or no "quote" key');
  });
});
