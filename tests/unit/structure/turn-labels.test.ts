import { describe, expect, it } from 'vitest';
import { findLabel } from '../../../src/structure/turn-labels';
import { interpretLabel } from '../../../src/structure/resolve-speaker';
import { bold, boldLabel, caption, img, p } from './blocks';

describe('findLabel', () => {
  it.each([
    ['王雪韬：赤峰市不断健全机制。', '王雪韬', '赤峰市不断健全机制。'],
    ['王雪韬:赤峰市不断健全机制。', '王雪韬', '赤峰市不断健全机制。'],
    ['記者：學校為什麼要定製課表？', '記者', '學校為什麼要定製課表？'],
    ['Q: How did the garden get started?', 'Q', 'How did the garden get started?'],
    ['Q：春季为什么容易过敏？', 'Q', '春季为什么容易过敏？'],
    ['Maria Lopez: We went to a council meeting.', 'Maria Lopez', 'We went to a council meeting.'],
    ['【问】春季为什么容易过敏？', '问', '春季为什么容易过敏？'],
    ['【记者】：今年有什么变化？', '记者', '今年有什么变化？'],
  ])('inline label in %s', (text, label, rest) => {
    expect(findLabel(p(text))).toMatchObject({ label, text: rest, form: 'inline' });
  });

  it('reads a title given in parentheses with the name', () => {
    expect(findLabel(p('陈建华（桐江市实验中学校长）：孩子们的积极性不高。'))).toMatchObject({ label: '陈建华', title: '桐江市实验中学校长', text: '孩子们的积极性不高。' });
  });

  it('reads a bold label written without a colon', () => {
    expect(findLabel(boldLabel('记者', ' 今年的赛道有哪些变化？'))).toMatchObject({ label: '记者', text: '今年的赛道有哪些变化？', form: 'inline' });
  });

  it.each([['赵一鸣'], ['记者'], ['问：'], ['Q:']])('own-line label %s', (text) => {
    expect(findLabel(bold(text))).toMatchObject({ form: 'own-line', text: '' });
  });

  it.each([
    ['会议时间10:30开始。'],
    ['他说，这是一次重要的探索。'],
    ['各县（市、区）教育局，市直各学校：'],
    ['血脂：重点看“坏胆固醇”'],
    ['联系人：市教育局安全管理科 赵老师'],
  ])('no speaker label in %s', (text) => {
    const found = findLabel(p(text));
    const meaning = found ? interpretLabel(found.label, { hosts: [], guests: [] }, null).kind : 'none';
    expect(meaning).toBe('none');
  });

  it('images and captions have no label', () => {
    expect(findLabel(img())).toBeNull();
    expect(findLabel(caption('图为：志愿者在分类'))).toBeNull();
  });
});
