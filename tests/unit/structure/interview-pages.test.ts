/**
 * Interviews through the whole pipeline (page HTML → blocks → interview → script
 * conversion), for markup the block-level tests only imitate: bold labels, names in their
 * own bold paragraph, headings as speaker lines, Traditional pages read in Simplified.
 */
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../src/cli/clean-page';
import type { Article, TargetScript } from '../../../src/shared/types';

function page(title: string, body: string, lang = 'zh-CN'): Uint8Array {
  return new TextEncoder().encode(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
      `<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>` +
      `<article><h1>${title}</h1>${body}</article><footer>版权所有 © 桐江新闻网</footer></body></html>`,
  );
}

async function clean(html: Uint8Array, script: TargetScript = 'hans'): Promise<Article> {
  const { article } = await cleanPage(html, { url: 'https://news.example.com/2024/0325/a1.html', script, original: false, force: false });
  return article;
}

const roles = (a: Article) => a.interview?.turns.map((t) => `${t.role}:${t.speaker}`) ?? null;

describe('interviews in page markup', () => {
  it('names in their own bold paragraph before each turn', async () => {
    const a = await clean(
      page(
        '一场马拉松 跑出城市新活力',
        `<p class="byline">本报记者 欧阳琳</p>
         <p>访谈对象：赵一鸣，桐江马拉松组委会竞赛部部长；方敏，桐江“追风”跑团团长</p>
         <p>十一月三日，二〇二四桐江马拉松将鸣枪开跑，来自全国各地的两万名跑者将沿着江岸奔跑。记者采访了组委会和本地跑团的负责人。</p>
         <p><strong>记者</strong></p><p>今年的赛道和往年相比有哪些变化？</p>
         <p><strong>赵一鸣</strong></p><p>今年我们对赛道做了优化，起点仍然设在市民广场，但终点搬到了新建成的江滨体育公园，全程少了四个直角弯。</p>
         <p>为了减少对市民出行的影响，我们和交警部门反复推演了交通管制方案。</p>
         <p><strong>记者</strong></p><p>方团长，你们跑团有多少人报名？</p>
         <p><strong>方敏</strong></p><p>我们跑团有一百二十多名成员，这次有七十多人中签，其中十几位是第一次跑全程马拉松。</p>`,
      ),
    );
    expect(roles(a)).toEqual(['host:欧阳琳', 'guest:赵一鸣', 'host:欧阳琳', 'guest:方敏']);
    expect(a.interview!.turns[1]!.text).toBe('今年我们对赛道做了优化，起点仍然设在市民广场，但终点搬到了新建成的江滨体育公园，全程少了四个直角弯。\n\n为了减少对市民出行的影响，我们和交警部门反复推演了交通管制方案。');
  });

  it('bold 问：/答： labels on a Traditional page, exported in Simplified', async () => {
    const a = await clean(
      page(
        '春季過敏高發 醫生教你科學應對',
        `<p>春暖花開，正是外出踏青的好時節，可對不少過敏體質的人來說，這個季節卻意味著打噴嚏、流鼻涕、眼睛癢。</p>
         <p>受訪專家：許文靜，桐江市人民醫院變態反應科主任醫師，長期從事過敏性疾病的診療工作。</p>
         <p><strong>問：</strong>春季為什麼容易發生過敏？</p>
         <p><strong>答：</strong>春季過敏最常見的“元兇”是花粉。每年三月到五月，樹木集中開花授粉，空氣中的花粉濃度明顯升高。</p>
         <p><strong>問：</strong>過敏和感冒的症狀有點像，怎樣區分？</p>
         <p><strong>答：</strong>兩者確實容易混淆。感冒一般伴有發熱、咽痛、全身痠痛，病程大約一週左右。</p>`,
        'zh-TW',
      ),
      'hans',
    );
    expect(a.interview!.guests).toEqual([{ name: '许文静', title: '桐江市人民医院变态反应科主任医师' }]);
    expect(a.interview!.turns.map((t) => t.role)).toEqual(['host', 'guest', 'host', 'guest']);
    expect(a.interview!.turns[0]!.text).toBe('春季为什么容易发生过敏？');
    expect(a.interview!.turns[1]!.speaker).toBe('许文静');
  });

  it('speaker names as small headings', async () => {
    const a = await clean(
      page(
        '剪纸老手艺如何走进年轻人的生活',
        `<p>【访谈嘉宾】马秀英，市级非物质文化遗产剪纸项目代表性传承人</p>
         <p>【主持人】林可，本报记者</p>
         <p>一张红纸、一把剪刀，经过巧手翻转，就能变成喜鹊登梅、五谷丰登。剪纸是流传千年的民间艺术。</p>
         <h4>林可</h4><p>马老师，您是怎么和剪纸结缘的？</p>
         <h4>马秀英</h4><p>我七八岁的时候跟着外婆学剪纸。那时候过年，村里家家都要贴窗花，外婆剪得好，邻居们都拿着红纸上门来请她帮忙。</p>
         <h4>林可</h4><p>在传承方面，您做了哪些努力？</p>
         <h4>马秀英</h4><p>这些年我在社区开了公益课堂，每周六上午免费教剪纸，前前后后教过一千多人，最小的学生才五岁。</p>`,
      ),
    );
    expect(roles(a)).toEqual(['host:林可', 'guest:马秀英', 'host:林可', 'guest:马秀英']);
  });

  it('English bold names', async () => {
    const a = await clean(
      page(
        'Growing food and neighbors',
        `<p class="byline">By Daniel Brooks</p>
         <p>Five years ago, the empty lot at the corner of Elm Street and Fourth Avenue was fenced off and full of weeds. Today it holds 48 raised beds and a waiting list of more than 60 households.</p>
         <p><b>DANIEL BROOKS:</b> How did the garden get started?</p>
         <p><b>MARIA LOPEZ:</b> A few of us kept walking past that lot and thinking what a waste it was. We went to a city council meeting, then another.</p>
         <p><b>DANIEL BROOKS:</b> Who gardens here?</p>
         <p><b>MARIA LOPEZ:</b> All kinds of people. We have retirees who have gardened for fifty years, families with toddlers and students.</p>`,
        'en',
      ),
      'original',
    );
    expect(a.interview!.guests.map((g) => g.name)).toEqual(['MARIA LOPEZ']);
    expect(a.interview!.turns.map((t) => t.role)).toEqual(['host', 'guest', 'host', 'guest']);
    expect(a.interview!.turns[0]!.text).toBe('How did the garden get started?');
  });

  it('no interview in a news story with quoted residents', async () => {
    const a = await clean(
      page(
        '桐江城区新添12处口袋公园',
        `<p>本报讯（记者 唐宁 通讯员 王珂）近日，位于桐江市老城区解放路与文昌街交叉口的口袋公园正式开放。</p>
         <p>“以前这里是一块空地，现在成了大家散步的好去处。”家住附近的市民王女士说。</p>
         <p>市民李先生：这里离家近，每天都来。</p>
         <p>记者了解到，按照规划，到今年年底，桐江城区将再建成口袋公园十八处。</p>`,
      ),
    );
    expect(a.interview).toBeNull();
  });
});
