/**
 * detectInterview on small block lists, one per convention of issue 3 (including layouts
 * the fixtures do not have), and on articles that quote people without being interviews.
 */
import { describe, expect, it } from 'vitest';
import { detectInterview, type InterviewHints } from '../../../src/structure/interview';
import type { Block, Interview } from '../../../src/shared/types';
import { bold, boldLabel, caption, h, img, li, p } from './blocks';

const noHints: InterviewHints = { byline: null };
const summary = (iv: Interview | null) => iv && iv.turns.map((t) => `${t.role}:${t.speaker}`);

describe('detectInterview: conventions', () => {
  it('unlabelled bold host questions answered by full names, host and guests from the intro (the seed)', () => {
    const blocks: Block[] = [
      p('主持人：本报记者 刘静静'),
      p('访谈嘉宾：'),
      p('王雪韬 内蒙古自治区赤峰市民政局局长'),
      p('郑方燕 河南省郑州市民政局局长'),
      img(),
      caption('资料图片：志愿服务。供图/赤峰市民政局'),
      p('近年来，全国民政部门立足自身职责，在助力乡村振兴中积极贡献力量。'),
      bold('民政部门做了哪些具体工作？'),
      p('王雪韬：赤峰市不断健全困难群众主动发现机制。'),
      p('郑方燕：郑州市民政局不断健全社会救助体系。'),
      bold('下一步还有哪些部署？'),
      p('郑方燕：将进一步健全完善社会救助体系。'),
      p('王雪韬：将统筹资源、创新发展。'),
    ];
    const iv = detectInterview(blocks, noHints)!;
    expect(iv.host).toEqual([{ name: '刘静静', title: '本报记者' }]);
    expect(iv.guests).toEqual([
      { name: '王雪韬', title: '内蒙古自治区赤峰市民政局局长' },
      { name: '郑方燕', title: '河南省郑州市民政局局长' },
    ]);
    expect(summary(iv)).toEqual(['host:刘静静', 'guest:王雪韬', 'guest:郑方燕', 'host:刘静静', 'guest:郑方燕', 'guest:王雪韬']);
    expect(iv.turns[1]!.text).toBe('赤峰市不断健全困难群众主动发现机制。');
    expect(iv.turns[0]!.text).toBe('民政部门做了哪些具体工作？');
  });

  it('unlabelled questions without bold end in a question mark; a rhetorical question in a bold-question page stays in the answer', () => {
    const plain = [p('主持人：本报记者 刘静静'), p('访谈嘉宾：王雪韬（赤峰市民政局局长）、郑方燕（郑州市民政局局长）'), p('民政部门做了哪些具体工作？'), p('王雪韬：赤峰市不断健全机制。'), p('郑方燕：郑州市健全救助体系。'), p('下一步还有哪些部署？'), p('郑方燕：将进一步健全体系。')];
    expect(summary(detectInterview(plain, noHints))).toEqual(['host:刘静静', 'guest:王雪韬', 'guest:郑方燕', 'host:刘静静', 'guest:郑方燕']);
    const bolded = [...plain.slice(0, 2), bold('民政部门做了哪些具体工作？'), p('王雪韬：赤峰市不断健全机制。'), p('怎样才能不漏一户？'), p('郑方燕：郑州市健全救助体系。'), bold('下一步还有哪些部署？'), p('郑方燕：将进一步健全体系。')];
    const iv = detectInterview(bolded, noHints)!;
    expect(summary(iv)).toEqual(['host:刘静静', 'guest:王雪韬', 'guest:郑方燕', 'host:刘静静', 'guest:郑方燕']);
    expect(iv.turns[1]!.text).toBe('赤峰市不断健全机制。\n\n怎样才能不漏一户？');
  });

  it('记者: questions, answers by full name then surname only, continuation paragraphs, host from the byline', () => {
    const blocks = [
      p('【人物名片】陈建华，中学高级教师，桐江市实验中学校长，从事基础教育工作二十八年。'),
      p('记者近日专访了该校校长陈建华。'),
      p('记者：学校为什么要给每个学生定制课表？'),
      p('陈建华：以前的课后服务以集中自习为主。'),
      p('记者：师资从哪里来？'),
      p('陈：主要有三个来源。'),
      p('初二有个男生参加机器人社团后，数学成绩提高了二十多分。'),
      p('记者：接下来还有什么打算？'),
      p('陈：我们准备增加劳动教育课程。'),
    ];
    const iv = detectInterview(blocks, { byline: '林晓' })!;
    expect(iv.host).toEqual([{ name: '林晓', title: '记者' }]);
    expect(iv.guests).toEqual([{ name: '陈建华', title: '桐江市实验中学校长' }]);
    expect(summary(iv)).toEqual(['host:林晓', 'guest:陈建华', 'host:林晓', 'guest:陈建华', 'host:林晓', 'guest:陈建华']);
    expect(iv.turns[3]!.text).toBe('主要有三个来源。\n\n初二有个男生参加机器人社团后，数学成绩提高了二十多分。');
  });

  it('问：/答： with the expert named in a 受访专家 line', () => {
    const blocks = [
      p('春季过敏有哪些表现？记者采访了该科主任医师许文静。'),
      p('受访专家：许文静，桐江市人民医院变态反应科主任医师，长期从事过敏性疾病的诊疗工作。'),
      boldLabel('问：', '春季为什么容易发生过敏？'),
      boldLabel('答：', '最常见的“元凶”是花粉。'),
      boldLabel('问：', '怎样区分过敏和感冒？'),
      boldLabel('答：', '两者确实容易混淆。'),
    ];
    const iv = detectInterview(blocks, { byline: '马丽' })!;
    expect(iv.guests).toEqual([{ name: '许文静', title: '桐江市人民医院变态反应科主任医师' }]);
    expect(summary(iv)).toEqual(['host:马丽', 'guest:许文静', 'host:马丽', 'guest:许文静']);
    expect(iv.turns[1]!.text).toBe('最常见的“元凶”是花粉。');
  });

  it('A（郑）： names which of two guests answers', () => {
    const blocks = [
      p('嘉宾：王立新 心血管内科主任医师'),
      p('嘉宾：郑婉 临床营养科副主任'),
      p('问：夏天为什么要警惕心脑血管疾病？'),
      p('A（王）：气温升高时，血液浓缩，容易形成血栓。'),
      p('问：天热没胃口，靠冷饮度日行吗？'),
      p('A（郑）：贪凉是夏天最常见的饮食误区。'),
      p('问：吃什么好？'),
      p('A【郑婉】：多喝粥，少吃冷食。'),
    ];
    const iv = detectInterview(blocks, { byline: '本报记者 许诺' })!;
    expect(summary(iv)).toEqual(['host:许诺', 'guest:王立新', 'host:许诺', 'guest:郑婉', 'host:许诺', 'guest:郑婉']);
  });

  it('「Q」/「A」 corner-bracket labels, and a surname with 理事长 for a guest', () => {
    const blocks = [
      p('嘉宾：马建国 绿源粮食种植专业合作社理事长'),
      p('「Q」今年收成怎么样？'),
      p('「A」亩产比去年高了一成。'),
      p('「Q」：明年有什么打算？'),
      p('马理事长：再流转五百亩地。'),
    ];
    const iv = detectInterview(blocks, { byline: '记者 孙立新' })!;
    expect(summary(iv)).toEqual(['host:孙立新', 'guest:马建国', 'host:孙立新', 'guest:马建国']);
  });

  it('no interview in a news story that reports first and quotes an exchange after', () => {
    const blocks = [
      p('本报讯（记者 宋佳）5月21日，记者从市住建局获悉，今年我市计划为老旧小区加装电梯300部，目前已有126部完成审批。'),
      p('在城南区桂花苑小区，一部新装的电梯刚刚投入使用。家住6楼的周阿姨说，过去下一趟楼要歇两三回。'),
      p('据了解，今年我市进一步简化审批流程，审批时间从45个工作日压缩到20个工作日以内，每部电梯最高可获得20万元补贴。'),
      p('加装电梯还有哪些新变化？记者采访了市住建局副局长邱文涛。'),
      p('记者：低楼层居民不同意怎么办？'),
      p('邱文涛：我们推行协商调解机制。'),
      p('记者：后期维保谁负责？'),
      p('邱文涛：由业主委托专业单位维保。'),
    ];
    expect(detectInterview(blocks, { byline: '宋佳' })).toBeNull();
  });

  it('答 resolves to the guest the lead names when no intro lists one', () => {
    const blocks = [
      p('春季过敏有哪些表现？记者采访了桐江市人民医院主任医师许文静。'),
      p('问：春季为什么容易发生过敏？'),
      p('答：最常见的“元凶”是花粉。'),
      p('问：怎样区分过敏和感冒？'),
      p('答：两者确实容易混淆。'),
    ];
    const iv = detectInterview(blocks, { byline: '本报记者 马丽' })!;
    expect(iv.guests.map((g) => g.name)).toEqual(['许文静']);
    expect(summary(iv)).toEqual(['host:马丽', 'guest:许文静', 'host:马丽', 'guest:许文静']);
  });

  it.each([
    ['full-width Q：/A：', 'Q：', 'A：'],
    ['ASCII Q:/A:', 'Q: ', 'A: '],
    ['bracketed 【问】/【答】', '【问】', '【答】'],
  ])('%s labels', (_name, q, a) => {
    const blocks = [
      p('受访者：张伟，桐江市图书馆馆长'),
      p(`${q}夜间开放效果如何？`),
      p(`${a}读者明显增多。`),
      p(`${q}下一步有什么打算？`),
      p(`${a}延长开放时间。`),
    ];
    const iv = detectInterview(blocks, { byline: '记者 王芳' })!;
    expect(summary(iv)).toEqual(['host:王芳', 'guest:张伟', 'host:王芳', 'guest:张伟']);
    expect(iv.turns[0]!.text).toBe('夜间开放效果如何？');
    expect(iv.turns[1]!.text).toBe('读者明显增多。');
  });

  it('numbered questions and answers (问1：/答1：, Q2:/A2:)', () => {
    const blocks = [p('受访者：张伟，桐江市图书馆馆长'), p('问1：夜间开放效果如何？'), p('答1：读者明显增多。'), p('Q2：下一步有什么打算？'), p('A2：延长开放时间。')];
    const iv = detectInterview(blocks, { byline: '王芳' })!;
    expect(summary(iv)).toEqual(['host:王芳', 'guest:张伟', 'host:王芳', 'guest:张伟']);
    expect(iv.turns[2]!.text).toBe('下一步有什么打算？');
  });

  it('答 resolves to the guest the headline names (对话张伟：…)', () => {
    const blocks = [p('问：夜间开放效果如何？'), p('答：读者明显增多。'), p('问：下一步有什么打算？'), p('答：延长开放时间。')];
    const iv = detectInterview(blocks, { byline: '王芳', title: '对话张伟：让图书馆亮到深夜' })!;
    expect(summary(iv)).toEqual(['host:王芳', 'guest:张伟', 'host:王芳', 'guest:张伟']);
  });

  it('bold name labels for host and guests, the host in a 【主持人】 line after the guest list', () => {
    const blocks = [
      p('【访谈嘉宾】'),
      p('马秀英，市级非物质文化遗产剪纸项目代表性传承人，从艺五十余年'),
      p('唐小雨，青年剪纸艺人、“纸上花开”文创工作室创始人'),
      p('【主持人】林可，本报记者'),
      p('一张红纸、一把剪刀，就能变成喜鹊登梅。'),
      boldLabel('林可：', '马老师，您是怎么和剪纸结缘的？'),
      boldLabel('马秀英：', '我七八岁的时候跟着外婆学剪纸。'),
      boldLabel('林可：', '小雨，你为什么会选择这门老手艺？'),
      boldLabel('唐小雨：', '我大学学的是视觉传达设计。'),
      boldLabel('马秀英：', '我一开始还担心年轻人把老规矩改没了。'),
    ];
    const iv = detectInterview(blocks, { byline: '青禾 发表于' })!;
    expect(iv.host).toEqual([{ name: '林可', title: '本报记者' }]);
    expect(iv.guests).toEqual([
      { name: '马秀英', title: '市级非物质文化遗产剪纸项目代表性传承人' },
      { name: '唐小雨', title: '青年剪纸艺人、“纸上花开”文创工作室创始人' },
    ]);
    expect(summary(iv)).toEqual(['host:林可', 'guest:马秀英', 'host:林可', 'guest:唐小雨', 'guest:马秀英']);
  });

  it('the speaker on its own line before the turn, guests in a one-line list separated by ；', () => {
    const blocks = [
      p('访谈对象：赵一鸣，桐江马拉松组委会竞赛部部长；方敏，桐江“追风”跑团团长'),
      p('记者采访了组委会和本地跑团的负责人。'),
      bold('记者'),
      p('今年的赛道有哪些变化？'),
      bold('赵一鸣'),
      p('今年我们对赛道做了优化。'),
      p('为了减少对市民出行的影响，我们反复推演了交通管制方案。'),
      bold('记者'),
      p('你们跑团有多少人报名？'),
      bold('方敏'),
      p('我们跑团有一百二十多名成员。'),
    ];
    const iv = detectInterview(blocks, { byline: '欧阳琳' })!;
    expect(iv.guests.map((g) => `${g.name}/${g.title}`)).toEqual(['赵一鸣/桐江马拉松组委会竞赛部部长', '方敏/桐江“追风”跑团团长']);
    expect(summary(iv)).toEqual(['host:欧阳琳', 'guest:赵一鸣', 'host:欧阳琳', 'guest:方敏']);
    expect(iv.turns[1]!.text).toBe('今年我们对赛道做了优化。\n\n为了减少对市民出行的影响，我们反复推演了交通管制方案。');
  });

  it('问 and 答 on their own lines', () => {
    const blocks = [p('受访者：李明，桐江市气象台台长'), p('问：'), p('今年汛期来得早吗？'), p('答：'), p('比常年偏早一周。'), p('问'), p('需要注意什么？'), p('答'), p('关注预警信息。')];
    const iv = detectInterview(blocks, { byline: '记者 王芳' })!;
    expect(summary(iv)).toEqual(['host:王芳', 'guest:李明', 'host:王芳', 'guest:李明']);
    expect(iv.turns[3]!.text).toBe('关注预警信息。');
  });

  it('a 主持人-labelled roundtable with guests in a one-line list with titles in parentheses', () => {
    const blocks = [
      p('■圆桌嘉宾：曹敏（桐江市城市管理局副局长）、白振华（绿洲环保科技有限公司总经理）、冯丽娟（垃圾分类志愿者）'),
      p('■主持人'),
      p('江涛 本报记者'),
      bold('主持人：三年来取得了哪些成效？'),
      boldLabel('曹敏：', '总体来看，成效是明显的。'),
      boldLabel('冯丽娟：', '从我们小区的变化就能看出来。'),
      bold('主持人：还存在哪些短板？'),
      boldLabel('白振华：', '部分小区的厨余垃圾里仍然混有杂质。'),
      bold('主持人：感谢三位嘉宾的分享。'),
    ];
    const iv = detectInterview(blocks, noHints)!;
    expect(iv.host).toEqual([{ name: '江涛', title: '本报记者' }]);
    expect(iv.guests.map((g) => `${g.name}/${g.title}`)).toEqual(['曹敏/桐江市城市管理局副局长', '白振华/绿洲环保科技有限公司总经理', '冯丽娟/垃圾分类志愿者']);
    expect(summary(iv)).toEqual(['host:江涛', 'guest:曹敏', 'guest:冯丽娟', 'host:江涛', 'guest:白振华', 'host:江涛']);
  });

  it('guests in a bulleted list', () => {
    const blocks = [
      p('本期嘉宾'),
      li('孙立平：桐江市农业农村局局长'),
      li('钱志远：江南农业大学工学院教授'),
      p('主持人：本报记者 周晓岚'),
      bold('今年春耕做了哪些准备？'),
      p('孙立平：我们从去年冬天就开始谋划。'),
      p('钱志远：技术能不能落地，关键在于田块条件。'),
      bold('还有哪些短板？'),
      p('钱志远：一个是人才，另一个是服务。'),
    ];
    const iv = detectInterview(blocks, noHints)!;
    expect(iv.guests.map((g) => `${g.name}/${g.title}`)).toEqual(['孙立平/桐江市农业农村局局长', '钱志远/江南农业大学工学院教授']);
    expect(summary(iv)).toEqual(['host:周晓岚', 'guest:孙立平', 'guest:钱志远', 'host:周晓岚', 'guest:钱志远']);
  });

  it('surnames with a courtesy word, given names, and a first label carrying the title', () => {
    const blocks = [
      p('记者：学校为什么要定制课表？'),
      p('陈建华（桐江市实验中学校长）：孩子们的积极性不高。'),
      p('记者：师资从哪里来？'),
      p('陈校长：主要有三个来源。'),
      p('记者：费用怎么安排？'),
      p('建华：财政补助和家长分担相结合。'),
    ];
    const iv = detectInterview(blocks, { byline: '本报记者 林晓' })!;
    expect(iv.guests).toEqual([{ name: '陈建华', title: '桐江市实验中学校长' }]);
    expect(summary(iv)).toEqual(['host:林晓', 'guest:陈建华', 'host:林晓', 'guest:陈建华', 'host:林晓', 'guest:陈建华']);
    expect(iv.turns[1]!.text).toBe('孩子们的积极性不高。');
  });

  it('questions labelled with the outlet (新京报：)', () => {
    const blocks = [p('新京报：您怎么看这次改革？'), p('王海：这是一次重要的探索。'), p('新京报：难点在哪里？'), p('王海：难点在于落实。'), p('新京报：下一步呢？'), p('王海：继续推进。')];
    const iv = detectInterview(blocks, { byline: '新京报记者 张三', source: '新京报' })!;
    expect(summary(iv)).toEqual(['host:张三', 'guest:王海', 'host:张三', 'guest:王海', 'host:张三', 'guest:王海']);
    expect(iv.guests.map((g) => g.name)).toEqual(['王海']);
  });

  it('names used as labels with no intro: the one asking the questions is the host', () => {
    const blocks = [p('张伟：这次展览筹备了多久？'), p('李娜：整整两年。'), p('张伟：最难的是什么？'), p('李娜：借展。我们联系了十几家博物馆。'), p('张伟：观众反响怎么样？'), p('李娜：比预想的好。')];
    const iv = detectInterview(blocks, noHints)!;
    expect(iv.host.map((x) => x.name)).toEqual(['张伟']);
    expect(iv.guests.map((x) => x.name)).toEqual(['李娜']);
    expect(summary(iv)).toEqual(['host:张伟', 'guest:李娜', 'host:张伟', 'guest:李娜', 'host:张伟', 'guest:李娜']);
  });

  it('a Traditional page: 訪談嘉賓, 記者：, names resolved across scripts', () => {
    const blocks = [
      p('主持人：本報記者 劉靜靜'),
      p('訪談嘉賓：陳建華（實驗中學校長）'),
      p('記者：學校為什麼要定製課表？'),
      p('陳建華：以前的課後服務以集中自習為主。'),
      p('記者：師資從哪裡來？'),
      p('陳：主要有三個來源。'),
    ];
    const iv = detectInterview(blocks, noHints)!;
    expect(iv.host).toEqual([{ name: '劉靜靜', title: '本報記者' }]);
    expect(summary(iv)).toEqual(['host:劉靜靜', 'guest:陳建華', 'host:劉靜靜', 'guest:陳建華']);
  });

  it('surname-only answers resolved to the guest the lead names', () => {
    const blocks = [p('课后服务如何兼顾“托管”与“成长”？记者近日专访了该校校长陈建华。'), p('记者：为什么要定制课表？'), p('陈：孩子们的积极性不高。'), p('记者：师资从哪里来？'), p('陈：主要有三个来源。')];
    const iv = detectInterview(blocks, { byline: '林晓' })!;
    expect(iv.guests).toEqual([{ name: '陈建华', title: '校长' }]);
    expect(summary(iv)).toEqual(['host:林晓', 'guest:陈建华', 'host:林晓', 'guest:陈建华']);
  });

  it('a sub-heading ends a turn and is not part of it', () => {
    const blocks = [p('受访者：张伟，桐江市图书馆馆长'), p('问：效果如何？'), p('答：读者明显增多。'), h('关于未来'), p('问：有什么打算？'), p('答：延长开放时间。'), p('（本报记者 王芳 整理）')];
    const iv = detectInterview(blocks, { byline: '王芳' })!;
    expect(iv.turns.map((t) => t.text)).toEqual(['效果如何？', '读者明显增多。', '有什么打算？', '延长开放时间。']);
  });
});

describe('detectInterview: English', () => {
  it('Q:/A: with the guest named in the lead and the host in the byline', () => {
    const blocks = [
      p('Five years ago the lot was empty. We spoke with Maria Lopez, who has coordinated the garden since it opened.'),
      boldLabel('Q:', ' How did the garden get started?'),
      boldLabel('A:', ' A few of us kept walking past that lot.'),
      p('Watering was our biggest early headache.'),
      boldLabel('Q:', ' What is next?'),
      boldLabel('A:', ' Two wheelchair-accessible beds.'),
    ];
    const iv = detectInterview(blocks, { byline: 'Daniel Brooks', title: 'Growing food: a Q&A with community gardener Maria Lopez' })!;
    expect(iv.host.map((x) => x.name)).toEqual(['Daniel Brooks']);
    expect(iv.guests.map((x) => x.name)).toEqual(['Maria Lopez']);
    expect(summary(iv)).toEqual(['host:Daniel Brooks', 'guest:Maria Lopez', 'host:Daniel Brooks', 'guest:Maria Lopez']);
    expect(iv.turns[0]!.text).toBe('How did the garden get started?');
    expect(iv.turns[1]!.text).toBe('A few of us kept walking past that lot.\n\nWatering was our biggest early headache.');
  });

  it('Q./A. with full stops', () => {
    const blocks = [p('We talked with Tom Reed about the new bus lanes.'), p('Q. Why bus lanes?'), p('A. Buses carry most commuters.'), p('Q. What about cyclists?'), p('A. They share the lane.')];
    const iv = detectInterview(blocks, { byline: 'By Ann Lee' })!;
    expect(summary(iv)).toEqual(['host:Ann Lee', 'guest:Tom Reed', 'host:Ann Lee', 'guest:Tom Reed']);
    expect(iv.turns[0]!.text).toBe('Why bus lanes?');
  });

  it('A resolves to the guest a "Q&A: Name" headline names', () => {
    const blocks = [p('Q: Why bus lanes?'), p('A: Buses carry most commuters.'), p('Q: What about cyclists?'), p('A: They share the lane.')];
    const iv = detectInterview(blocks, { byline: 'Ann Lee', title: 'Q&A: Tom Reed on the new bus lanes' })!;
    expect(iv.guests.map((g) => g.name)).toEqual(['Tom Reed']);
  });

  it('family names only, resolved to the guest the lead names', () => {
    const blocks = [p('We spoke with Maria Lopez, who coordinates the garden.'), boldLabel('BROOKS:', ' How did it start?'), boldLabel('LOPEZ:', ' With a council meeting.'), boldLabel('BROOKS:', ' And then?'), boldLabel('LOPEZ:', ' We built twelve beds.')];
    const iv = detectInterview(blocks, { byline: 'Daniel Brooks' })!;
    expect(iv.guests.map((g) => g.name)).toEqual(['Maria Lopez']);
    expect(summary(iv)).toEqual(['host:Daniel Brooks', 'guest:Maria Lopez', 'host:Daniel Brooks', 'guest:Maria Lopez']);
  });

  it('bold full names, then family names only', () => {
    const blocks = [
      p('Guests: Maria Lopez, garden coordinator; Tom Reed, city planner'),
      boldLabel('Daniel Brooks:', ' How did it start?'),
      boldLabel('Maria Lopez:', ' With a city council meeting.'),
      boldLabel('Daniel Brooks:', ' And the city?'),
      boldLabel('Reed:', ' We leased the lot for a dollar.'),
      boldLabel('Lopez:', ' Which was a bargain.'),
    ];
    const iv = detectInterview(blocks, { byline: 'By Daniel Brooks' })!;
    expect(iv.guests).toEqual([
      { name: 'Maria Lopez', title: 'garden coordinator' },
      { name: 'Tom Reed', title: 'city planner' },
    ]);
    expect(summary(iv)).toEqual(['host:Daniel Brooks', 'guest:Maria Lopez', 'host:Daniel Brooks', 'guest:Tom Reed', 'guest:Maria Lopez']);
  });
});

describe('detectInterview: not interviews', () => {
  it('news quoting people in prose', () => {
    const blocks = [p('本报讯（记者 唐宁）近日，桐江城区新添12处口袋公园。'), p('“居民想要什么，我们就建什么。”市园林绿化中心负责人说。'), p('市民王女士说：“出门就能散步，很方便。”'), p('记者了解到，今年将再建成十八处。')];
    expect(detectInterview(blocks, { byline: '唐宁' })).toBeNull();
  });

  it('a notice with 时间/地点/联系人 lines', () => {
    const blocks = [p('各学校：'), bold('一、活动时间'), p('时间：2024年6月5日至9月10日。'), p('地点：各中小学。'), p('联系人：市教育局安全管理科 赵老师，联系电话：0571-8890 2365。'), p('桐江市教育局')];
    expect(detectInterview(blocks, { byline: '桐江市教育局' })).toBeNull();
  });

  it('an FAQ of 问/答 that interviews nobody', () => {
    const blocks = [p('问：如何申请居住证？'), p('答：携带身份证到派出所办理。'), p('问：需要多长时间？'), p('答：十五个工作日。'), p('问：可以代办吗？'), p('答：可以。')];
    expect(detectInterview(blocks, { byline: '市公安局' })).toBeNull();
  });

  it('a feature with bold sub-headings and questions in the text', () => {
    const blocks = [p('拿到体检报告，不少人第一眼就去找箭头。'), bold('血脂：重点看“坏胆固醇”'), p('在血脂检查中，最需要关注的是低密度脂蛋白胆固醇。'), bold('血糖：一次偏高别慌张？'), p('空腹血糖的参考范围一般为3.9至6.1毫摩尔每升。'), bold('肝功能：转氨酶高不一定是肝病'), p('丙氨酸氨基转移酶轻度升高十分常见。')];
    expect(detectInterview(blocks, { byline: '马丽' })).toBeNull();
  });

  it('a news story with one short exchange', () => {
    const blocks = [p('记者：这条路什么时候通车？'), p('张伟：预计年底。'), p('据了解，该路段全长12公里，总投资8亿元，建成后将大大缓解城区交通压力。沿线还将建设公园和停车场。'), p('市交通局表示，工程进展顺利，目前已完成路基施工，正在进行路面铺设。')];
    expect(detectInterview(blocks, noHints)).toBeNull();
  });

  it('commentary with a rhetorical question in bold', () => {
    const blocks = [p('一段时间以来，“特种兵式旅游”走红网络。'), bold('年轻人为什么爱这样玩？'), p('一是时间有限，二是预算有限。'), bold('这种方式值得提倡吗？'), p('见仁见智，但安全第一。')];
    expect(detectInterview(blocks, noHints)).toBeNull();
  });
});
