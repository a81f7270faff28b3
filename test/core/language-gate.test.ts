import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testCoder } from '../helpers/coder.ts';
import { asciiWords } from '../../src/core/language-gate.ts';
import { contractProblems } from '../fuzz/contract-check.ts';

const coder = testCoder();
const code = (text: string, language?: string) => coder.code({ id: 'lang', text, published: '2020-08-16', ...(language ? { language } : {}) });

// Written for this test: one short news paragraph per language.
const FOREIGN: Record<string, string> = {
  French:
    "La Russie a déclaré jeudi qu'elle est prête à fournir une aide militaire au Bélarus. Le ministère des Affaires étrangères a accusé des forces extérieures de vouloir déstabiliser le pays, et les manifestants sont restés dans les rues de Minsk pour le cinquième jour.",
  Spanish:
    'El gobierno de Colombia anunció el lunes que suspenderá las conversaciones con los rebeldes después del ataque contra una base militar en el norte del país. Según la policía, tres soldados murieron y otros cinco resultaron heridos.',
  German:
    'Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland angekündigt. Der Außenminister sagte, die Maßnahmen seien eine Antwort auf den Angriff auf die Ukraine und würden in enger Abstimmung mit den Partnern in der Europäischen Union umgesetzt.',
  Italian:
    'Il presidente del Consiglio ha incontrato ieri a Roma il primo ministro della Tunisia per discutere della crisi migratoria. Secondo fonti del governo, le due parti hanno firmato un accordo sulla cooperazione di polizia e sul rimpatrio dei migranti.',
  Portuguese:
    'O governo do Brasil anunciou nesta segunda-feira que vai enviar tropas para a fronteira com a Venezuela. Segundo o ministro da Defesa, a medida é uma resposta ao aumento da violência na região e não representa uma ameaça ao país vizinho.',
  Dutch:
    'De Nederlandse regering heeft dinsdag aangekondigd dat zij de ambassadeur van Iran heeft ontboden. Volgens de minister van Buitenlandse Zaken is het besluit een reactie op de arrestatie van twee Nederlandse burgers in Teheran vorige week.',
  Russian:
    'Министерство иностранных дел России заявило в четверг, что внешние силы пытаются дестабилизировать ситуацию в Белоруссии. Президент Владимир Путин провел телефонный разговор с Александром Лукашенко.',
  Arabic: 'أعلنت وزارة الخارجية المصرية يوم الاثنين أن الرئيس سيستقبل وفدا من الاتحاد الأفريقي لبحث الأزمة في السودان، وسط دعوات دولية لوقف إطلاق النار في الخرطوم.',
  Chinese: '中国外交部发言人周四表示，中方坚决反对美国对台湾出售武器，并敦促美方停止干涉中国内政。外交部同时宣布对参与军售的美国公司实施制裁。',
};

describe('language gate', () => {
  it.each(Object.entries(FOREIGN))('does not code %s text, and says why', (_language, text) => {
    const out = code(text);
    expect(out.events).toEqual([]);
    expect(out.sentences).toEqual([]);
    expect(out.messages).toEqual([expect.objectContaining({ code: 'W001', severity: 'warning', text: expect.stringMatching(/^not coded: the text does not look English/) })]);
    expect(contractProblems(out)).toEqual([]);
  });

  it('codes English text, upper or lower case, and short or telegraphic snippets', () => {
    const founding = readFileSync(new URL('../../../shared/examples/belarus-2020-08.txt', import.meta.url), 'utf8');
    for (const text of [
      founding,
      founding.toLowerCase(),
      'Two suicide bombers blew themselves up killing and wounding several people in southern suburbs',
      'Police arrest 12 in Lagos protest',
    ]) {
      const out = code(text);
      expect(out.messages.filter((m) => m.code === 'W001')).toEqual([]);
      expect(out.events.length).toBeGreaterThan(0);
    }
  });

  it('follows a declared language: another one is not coded, any English variant is', () => {
    const text = 'Russia threatened Ukraine with sanctions on Sunday, the foreign ministry said.';
    expect(code(text, 'fr').messages[0]).toMatchObject({ code: 'W001', text: expect.stringContaining('declared "fr"') });
    expect(code(text, 'fr').events).toEqual([]);
    for (const language of ['en', 'en-GB', 'EN', 'en_US']) expect(code(text, language).events.length).toBeGreaterThan(0);
  });
});

describe('asciiWords (the gate without a regex for ASCII letters)', () => {
  it.each([
    'The minister said on Monday that talks would resume.',
    "O'Neill's 3rd-quarter report: 45% up; e-mail—fine…",
    '  leading and trailing spaces  ',
    'word',
    '',
    '1234 !!! ###',
    'Le gouvernement a dit que les élections'.normalize('NFD').replace(/\p{M}/gu, ''),
  ])('cuts %j as /\\p{L}+/gu does', (text) => {
    expect(asciiWords(text)).toEqual(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  });
});
