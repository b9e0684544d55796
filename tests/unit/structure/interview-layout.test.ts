import { describe, expect, it } from 'vitest';
import { layoutInterview } from '../../../src/structure/interview-layout';
import { detectInterview } from '../../../src/structure/interview';
import { readIntro } from '../../../src/structure/interview-intro';
import type { Block } from '../../../src/shared/types';
import { bold, caption, img, p } from './blocks';

describe('layoutInterview', () => {
  const blocks: Block[] = [
    p('访谈对象：赵一鸣，桐江马拉松组委会竞赛部部长；方敏，桐江“追风”跑团团长'), // 0 intro
    p('记者采访了组委会和本地跑团的负责人。'), // 1 lead
    bold('记者'), // 2 own-line label
    p('今年的赛道有哪些变化？'), // 3 turn 0
    bold('赵一鸣'), // 4 label
    p('今年我们对赛道做了优化。'), // 5 turn 1
    img(), // 6
    caption('图为赛道。'), // 7
    p('为了减少影响，我们推演了管制方案。'), // 8 continuation of turn 1
    p('记者：你们跑团有多少人报名？'), // 9 turn 2
    p('方敏：一百二十多名成员。'), // 10 turn 3
  ];

  it('finds each turn, its own-line label and its continuation; the summarised intro is dropped', () => {
    const iv = detectInterview(blocks, { byline: '欧阳琳' })!;
    const layout = layoutInterview(blocks, iv);
    expect(layout.complete).toBe(true);
    expect([...layout.intro]).toEqual([0]);
    expect([...layout.labels]).toEqual([2, 4]);
    expect([...layout.turnStart]).toEqual([
      [3, 0],
      [5, 1],
      [9, 2],
      [10, 3],
    ]);
    expect([...layout.continuation]).toEqual([8]);
  });

  it('keeps a guest card that says more than the name and title', () => {
    const withBio = [p('【人物名片】陈建华，中学高级教师，桐江市实验中学校长，从事基础教育工作二十八年。'), ...blocks.slice(1)];
    expect(readIntro(withBio).blocks.has(0)).toBe(true);
    expect(readIntro(withBio).summarised.has(0)).toBe(false);
  });

  it('reports an incomplete layout when a turn is not among the blocks', () => {
    const iv = detectInterview(blocks, { byline: '欧阳琳' })!;
    iv.turns[2] = { ...iv.turns[2]!, text: '不在正文里的问题？' };
    expect(layoutInterview(blocks, iv).complete).toBe(false);
  });
});
