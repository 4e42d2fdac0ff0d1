import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/framework/cooldown.js';
import { quoteUserText, resolveUserText } from '../../src/framework/safe-text.js';
import { discordText } from '../../src/adapters/discord/render.js';

describe('cooldown', () => {
  it('lets a burst through, then asks the noisy user to wait without touching others', () => {
    let now = 0;
    const cd = new Cooldown(3, 3, () => now);
    expect([cd.take('noisy'), cd.take('noisy'), cd.take('noisy')]).toEqual([0, 0, 0]);
    expect(cd.take('noisy')).toBeGreaterThan(0);
    expect(cd.take('quiet')).toBe(0);
    now += 3000;
    expect(cd.take('noisy')).toBe(0);
  });

  it('is off when the window is 0', () => {
    const cd = new Cooldown(0);
    for (let i = 0; i < 100; i++) expect(cd.take('u')).toBe(0);
  });

  it('keeps state for a bounded number of users', () => {
    const cd = new Cooldown(3);
    for (let i = 0; i < 12_000; i++) cd.take(`u${i}`);
    expect(cd.trackedUsers).toBeLessThanOrEqual(10_000);
  });
});

describe('quoteUserText', () => {
  it('neutralises mentions, links and invisible characters, bounds length, and Discord escapes the markdown', () => {
    const q = discordText(quoteUserText('**bold** @everyone @here <@123> <@&456> [x](https://evil) `code` \u202eevil\u200b # h', 500));
    expect(q).not.toMatch(/@everyone|@here/);
    expect(q).not.toMatch(/(?<!\\)<@/);
    expect(q).not.toContain('**');
    expect(q).not.toMatch(/(?<!\\)\[[^\]]*\]\(/); // no masked link Discord would render
    expect(q).not.toContain('https://');
    expect(q).not.toMatch(/\u202e/);
    expect(q).not.toMatch(/[\ue000\ue001]/);
    const plain = (text: string) => resolveUserText(text, (quote) => quote);
    expect(plain(quoteUserText('x'.repeat(6000), 200)).length).toBeLessThanOrEqual(200);
    expect(plain(quoteUserText('a\u0000b\nc'))).toBe('ab c');
    // A user cannot forge the quote marks to escape the escaping.
    expect(discordText(quoteUserText('\ue001**x**\ue000'))).toBe('\\*\\*x\\*\\*');
  });
});
