import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const speakers = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).attributions.map((a) => `${a.speaker?.text}=${a.speaker?.code ?? null}`);

describe('a role followed by an unknown name before a verb of saying', () => {
  it.each([
    ['city police commissioner p k sharma said the curfew in surat would continue.', /police commissioner p k sharma=\w*COP$/],
    ['Police Chief Jan Kowalski told reporters that the road to Gdansk was closed.', /Police Chief Jan Kowalski=\w*COP$/],
    // initials the tagger reads as a determiner ("a"), a bracketed portfolio, a time adverbial before the verb
    ['the town was calm, additional director general of police a k mitra said in lucknow.', /general of police a k mitra=\w*COP$/],
    ['additional director general of police (law and order) a k mitra on monday said the town was calm.', /\(law and order\) a k mitra=\w*COP$/],
  ])('%s', (text, want) => {
    expect(speakers(text).some((s) => want.test(s))).toBe(true);
  });

  it('lends its role to a later "he"', () => {
    const s = speakers('superintendent of police r m parmar said the situation in godhra was under control. he said no fresh incident was reported.');
    expect(s.filter((x) => /COP$/.test(x))).toHaveLength(2);
  });

  it('does not take a speaking-role noun as a name ("official sources said")', () => {
    expect(speakers('police and army personnel were patrolling the streets of ahmedabad, official sources said.').join(' ')).not.toMatch(/official sources=\w*COP/);
  });
});

describe('police ranks and units', () => {
  it.each([
    ['police sources said the bodies were found in a well in godhra.'],
    ['the superintendent of police said the town in gujarat was calm.'],
    ['senior police officials said the death toll in ahmedabad could reach 65.'],
    // "sp" alone is also a party (Samajwadi Party); "deputy sp" is only a police rank
    ['the town of chhota udaipur was calm, deputy sp b l parmar said.'],
  ])('%s', (text) => {
    expect(speakers(text).some((s) => /COP$/.test(s))).toBe(true);
  });

  it('an interior or home minister is the government, not the police', () => {
    expect(speakers('The home minister said the situation in Gujarat was under control.').join(' ')).toMatch(/home minister=\w*GOV/);
  });
});

describe('the surname of a person named with a role', () => {
  it('stands for that person later in the article', () => {
    const s = speakers('city police commissioner d d tuteja said 150 people were arrested in ahmedabad. the situation is under control, tuteja said.');
    expect(s.filter((x) => /COP$/.test(x))).toHaveLength(2);
  });
});
