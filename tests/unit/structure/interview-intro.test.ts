import { describe, expect, it } from 'vitest';
import { cleanTitle, guestFromProse, parsePeople, parsePerson, peopleFromProse, personFromByline, readIntro } from '../../../src/structure/interview-intro';
import { bold, li, p } from './blocks';

describe('parsePerson', () => {
  it.each([
    ['王雪韬 内蒙古自治区赤峰市民政局局长', '王雪韬', '内蒙古自治区赤峰市民政局局长'],
    ['马秀英，市级非物质文化遗产剪纸项目代表性传承人，从艺五十余年', '马秀英', '市级非物质文化遗产剪纸项目代表性传承人'],
    ['本报记者 刘静静', '刘静静', '本报记者'],
    ['江涛 本报记者', '江涛', '本报记者'],
    ['曹敏（桐江市城市管理局副局长）', '曹敏', '桐江市城市管理局副局长'],
    ['● 孙立平：桐江市农业农村局局长', '孙立平', '桐江市农业农村局局长'],
    ['欧阳琳', '欧阳琳', ''],
    ['阿不都·热合曼，新疆喀什市文旅局副局长', '阿不都·热合曼', '新疆喀什市文旅局副局长'],
    ['Maria Lopez, coordinator of the Elm Street Community Garden', 'Maria Lopez', 'coordinator of the Elm Street Community Garden'],
  ])('%s', (line, name, title) => {
    expect(parsePerson(line)).toEqual({ name, title });
  });

  it.each([['今年以来，全市新增口袋公园十二处。'], ['一、活动时间'], ['访谈嘉宾：'], ['']])('not a person: %s', (line) => {
    expect(parsePerson(line)).toBeNull();
  });
});

describe('cleanTitle', () => {
  it('drops biography clauses and prefers the post at an institution', () => {
    expect(cleanTitle('中学高级教师，桐江市实验中学校长，从事基础教育工作二十八年，曾获评省级优秀教育工作者。')).toBe('桐江市实验中学校长');
    expect(cleanTitle('桐江市人民医院变态反应科主任医师，长期从事过敏性疾病的诊疗工作。')).toBe('桐江市人民医院变态反应科主任医师');
    expect(cleanTitle('现任桐江市图书馆馆长')).toBe('桐江市图书馆馆长');
  });
});

describe('parsePeople', () => {
  it('splits one-line lists at ；, 、 (outside parentheses) and double spaces', () => {
    expect(parsePeople('赵一鸣，桐江马拉松组委会竞赛部部长；方敏，桐江“追风”跑团团长')?.map((x) => x.name)).toEqual(['赵一鸣', '方敏']);
    expect(parsePeople('王雪韬（赤峰市民政局局长）、陶朝晖（衡阳市政协副主席、市民政局局长）')).toEqual([
      { name: '王雪韬', title: '赤峰市民政局局长' },
      { name: '陶朝晖', title: '衡阳市政协副主席、市民政局局长' },
    ]);
    expect(parsePeople('张伟、李娜、王芳')?.map((x) => x.name)).toEqual(['张伟', '李娜', '王芳']);
  });
});

describe('readIntro', () => {
  it('reads a heading followed by one person per line, and an inline host line', () => {
    const blocks = [p('主持人：本报记者 刘静静'), p('访谈嘉宾：'), p('王雪韬 内蒙古自治区赤峰市民政局局长'), p('郑方燕 河南省郑州市民政局局长'), p('近年来，全国民政部门立足自身职责。')];
    const intro = readIntro(blocks);
    expect(intro.hosts).toEqual([{ name: '刘静静', title: '本报记者' }]);
    expect(intro.guests.map((g) => g.name)).toEqual(['王雪韬', '郑方燕']);
    expect([...intro.blocks]).toEqual([0, 1, 2, 3]);
  });

  it('reads ■ headings, 【】 headings, bulleted lists and Traditional text', () => {
    const intro = readIntro([bold('■圓桌嘉賓'), li('曹敏 桐江市城市管理局副局長'), li('白振華 綠洲環保科技有限公司總經理'), p('■主持人'), p('江濤 本報記者')]);
    expect(intro.guests.map((g) => g.name)).toEqual(['曹敏', '白振華']);
    expect(intro.hosts).toEqual([{ name: '江濤', title: '本報記者' }]);
  });

  it('ignores a turn that starts with 主持人 or 记者', () => {
    const intro = readIntro([p('主持人：三年来，桐江市的垃圾分类取得了哪些成效？'), p('记者：学校为什么要给每个学生定制课表？'), p('记者近日专访了该校校长陈建华。')]);
    expect(intro).toMatchObject({ hosts: [], guests: [] });
    expect(intro.blocks.size).toBe(0);
  });
});

describe('personFromByline', () => {
  it.each([
    ['本报记者 马丽', '马丽'],
    ['记者 唐宁 通讯员 王珂', '唐宁'],
    ['王小明／台北即時報導', '王小明'],
    ['图 本报记者 顾言', '顾言'],
    ['By Daniel Brooks', 'Daniel Brooks'],
    ['林晓', '林晓'],
  ])('%s', (byline, name) => {
    expect(personFromByline(byline)?.name).toBe(name);
  });
  it('no person in an office byline', () => {
    expect(personFromByline('桐江市教育局')).toBeNull();
    expect(personFromByline(null)).toBeNull();
  });
});

describe('guestFromProse', () => {
  it('finds the guest a lead says was interviewed', () => {
    expect(guestFromProse(['课后服务如何兼顾“托管”与“成长”？记者近日专访了该校校长陈建华。'])?.name).toBe('陈建华');
    expect(guestFromProse(['記者採訪了該科主任醫師許文靜。'])?.name).toBe('許文靜');
    expect(guestFromProse(['We spoke with Maria Lopez, who has coordinated the garden.', 'a Q&A with community gardener Maria Lopez'])).toEqual({ name: 'Maria Lopez', title: 'community gardener' });
  });
  it('finds nobody in a lead that interviews no one', () => {
    expect(guestFromProse(['记者从市园林绿化中心获悉，今年以来桐江城区已建成口袋公园十二处。'])).toBeNull();
  });
});

describe('people the lead presents', () => {
  it('reads a 的-clause, apposition, and several people in one clause', () => {
    expect(guestFromProse(['本報專訪在賞鯨船上擔任解說員十年的林佩君，請她談談海上的變化。'])).toEqual({ name: '林佩君', title: '在賞鯨船上擔任解說員十年' });
    expect(guestFromProse(['Lena Fischer, an associate professor of marine ecology who has led the surveys since 2014, explains what changed.'])).toEqual({
      name: 'Lena Fischer',
      title: 'associate professor of marine ecology',
    });
    expect(peopleFromProse(['记者采访了白沙村党支部书记杨建国和村篮球队队长覃小龙。'])).toEqual([
      { name: '杨建国', title: '白沙村党支部书记' },
      { name: '覃小龙', title: '村篮球队队长' },
    ]);
    expect(peopleFromProse(['We visited the van with its medical director, Samuel Okafor, and nurse practitioner Rita Alvarez on Tuesday.'])).toEqual([
      { name: 'Samuel Okafor', title: 'medical director' },
      { name: 'Rita Alvarez', title: 'nurse practitioner' },
    ]);
  });

  it('keeps a title word that belongs to a name (住房和城乡建设局局长王明)', () => {
    expect(guestFromProse(['记者专访了市住房和城乡建设局局长王明。'])).toEqual({ name: '王明', title: '市住房和城乡建设局局长' });
  });

  it('reads the title of an English byline', () => {
    expect(personFromByline('By Hannah Cole, Health Reporter')).toEqual({ name: 'Hannah Cole', title: 'Health Reporter' });
  });
});
