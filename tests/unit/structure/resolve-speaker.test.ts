import { describe, expect, it } from 'vitest';
import { interpretLabel, matchPerson, type Cast } from '../../../src/structure/resolve-speaker';
import { isChineseName, isEnglishName } from '../../../src/structure/person-names';

const cast: Cast = {
  hosts: [{ name: '欧阳琳', title: '本报记者' }],
  guests: [
    { name: '陈建华', title: '校长' },
    { name: '唐小雨', title: '' },
    { name: 'Maria Lopez', title: '' },
  ],
};

describe('matchPerson', () => {
  it.each([
    ['陈建华', '陈建华', 'guest'],
    ['陳建華', '陈建华', 'guest'],
    ['陈', '陈建华', 'guest'],
    ['陈校长', '陈建华', 'guest'],
    ['小雨', '唐小雨', 'guest'],
    ['欧阳', '欧阳琳', 'host'],
    ['桐江市实验中学校长陈建华', '陈建华', 'guest'],
    ['Lopez', 'Maria Lopez', 'guest'],
    ['Ms. Lopez', 'Maria Lopez', 'guest'],
    ['MARIA LOPEZ', 'Maria Lopez', 'guest'],
  ])('%s → %s', (label, name, role) => {
    expect(matchPerson(label, cast)).toMatchObject({ person: { name }, role });
  });

  it('is null when the short form fits two people or nobody', () => {
    const two: Cast = { hosts: [], guests: [{ name: '王雪韬', title: '' }, { name: '王海', title: '' }] };
    expect(matchPerson('王', two)).toBeNull();
    expect(matchPerson('李', cast)).toBeNull();
  });
});

describe('interpretLabel', () => {
  it.each([
    ['记者', 'host'],
    ['本報記者', 'host'],
    ['主持人', 'host'],
    ['问', 'host'],
    ['Q', 'host'],
    ['答', 'guest'],
    ['A', 'guest'],
  ])('%s is a %s role', (label, role) => {
    expect(interpretLabel(label, cast, null)).toEqual({ kind: 'role', role });
  });
  it('the outlet as a label is the host', () => {
    expect(interpretLabel('新京报', cast, '新京报')).toEqual({ kind: 'role', role: 'host' });
  });
  it('other names and words', () => {
    expect(interpretLabel('张伟', cast, null)).toEqual({ kind: 'unknown-name' });
    expect(interpretLabel('血脂', cast, null)).toEqual({ kind: 'none' });
    expect(interpretLabel('联系人', cast, null)).toEqual({ kind: 'none' });
    expect(interpretLabel('Note', cast, null)).toEqual({ kind: 'none' });
  });
});

describe('person names', () => {
  it.each(['王雪韬', '欧阳琳', '諸葛亮', '方敏', '阿不都·热合曼'])('%s is a Chinese name', (n) => expect(isChineseName(n)).toBe(true));
  it.each(['血脂', '时间', '联系人', '记者', '一、活动', '今年以来'])('%s is not', (n) => expect(isChineseName(n)).toBe(false));
  it.each(['Maria Lopez', 'Lopez', "Mary-Ann O'Neil"])('%s is an English name', (n) => expect(isEnglishName(n)).toBe(true));
  it.each(['Note', "Editor's note", 'Q', 'the garden'])('%s is not', (n) => expect(isEnglishName(n)).toBe(false));
});
