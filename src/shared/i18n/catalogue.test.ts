import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl, nlParts } from './nl';

describe('message catalogue', () => {
  it('no capability file redefines a key of the core or of another capability (a spread would silently override it)', () => {
    const owners = new Map<string, string[]>();
    for (const [part, messages] of Object.entries(nlParts)) {
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), part]);
    }
    const clashes = [...owners].filter(([, parts]) => parts.length > 1).map(([key, parts]) => `${key}: ${parts.join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('English has exactly the Dutch keys, and no message is empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('placeholders match between the languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(vars(en[key]), key).toEqual(vars(nl[key]));
  });
});
