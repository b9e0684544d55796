import { foldScript } from '../detect/script';

/**
 * Is this string a person's name? Used to tell a speaker label (`王雪韬：`, `Maria Lopez:`)
 * from any other `word：` line (`血脂：`, `联系人：`, `Note:`). Chinese names are checked
 * against the common surnames, so a two-character topic word is not taken for a name.
 * Every check works on Traditional text too (folded to Simplified first).
 */

/** The single-character surnames of the 百家姓 plus common modern ones, in Simplified. */
const SINGLE_SURNAMES = new Set(
  [
    ...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公',
    ...'覃谌佘揭牟付闫粟冼区植伦邝练芦原岳晋商兰年来代佟初邸迟麦鞠谷仝库帅官简阳展招楚贲屈占粟麻续冶银邢琚达斯卿晃',
  ],
);

const COMPOUND_SURNAMES = new Set([
  '万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶', '宗政', '濮阳', '淳于',
  '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容', '鲜于', '闾丘', '司徒', '司空', '亓官', '司寇',
  '子车', '颛孙', '端木', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '百里', '东郭', '南门',
  '呼延', '归海', '羊舌', '微生', '梁丘', '左丘', '东门', '西门', '南宫', '第五',
]);

/** Two-character words that start with a surname but are labels, never speakers. */
const NOT_NAMES = new Set([
  '时间', '地点', '地址', '来源', '作者', '编辑', '责编', '记者', '电话', '邮箱', '网址', '日期', '附件', '备注', '说明', '提示', '关键词',
  '简介', '摘要', '原题', '标题', '题目', '主题', '主办', '承办', '协办', '单位', '联系人', '通讯员', '摄影', '图片', '文字', '链接', '价格',
  '金额', '电邮', '传真', '邮编', '答案', '公告', '通知', '要求', '目标', '任务', '措施', '方法', '步骤', '结论', '建议', '观点', '背景',
  '高血压', '高血脂', '高血糖', '文章', '文件', '全文', '声明', '提醒', '特别提醒', '温馨提示',
]);

const HAN = '\\p{Script=Han}';
const CHINESE_NAME = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,6}[·•・‧][${HAN}]{1,8})$`, 'u');
/** One to four capitalised words (`Maria Lopez`, `MARIA LOPEZ`, `Mary-Ann O'Neil`, `J. Smith`). */
const ENGLISH_NAME = /^(?:[A-Z][A-Za-z'’-]*\.?)(?:\s+(?:[A-Z][A-Za-z'’-]*\.?|de|van|von|da|del|la|le|bin|al)){0,3}$/;
const ENGLISH_NOT_NAMES = /^(note|editor'?s note|update|updated|correction|clarification|photo|photos|source|sources|related|disclosure|tags?|share|warning|tip|tips|step \d+|day \d+|part \d+|chapter \d+|read more|see also|summary|background|context|q|a|question|answer|interviewer|host|moderator|transcript|video|audio|watch|listen|by|credit|credits|caption|subscribe|advertisement|sponsored|contact|email|phone|address|date|time|location|price|the|this|that|what|why|how|when|where|who)$/i;

/** The surname at the start of a Chinese name (compound first), or null. */
export function chineseSurname(name: string): string | null {
  const n = foldScript(name);
  if (COMPOUND_SURNAMES.has(n.slice(0, 2))) return name.slice(0, 2);
  return SINGLE_SURNAMES.has(n.slice(0, 1)) ? name.slice(0, 1) : null;
}

/** A Chinese personal name: 2–4 characters starting with a surname, or a name with a middle dot. */
export function isChineseName(s: string): boolean {
  if (!CHINESE_NAME.test(s)) return false;
  const n = foldScript(s);
  if (NOT_NAMES.has(n)) return false;
  // Names with a middle dot (minority and transliterated names) carry no Han surname.
  if (/[·•・‧]/.test(s)) return true;
  return chineseSurname(s) !== null;
}

/** Capitalised words that read as an English personal name, not a section word. */
export function isEnglishName(s: string): boolean {
  return ENGLISH_NAME.test(s) && !ENGLISH_NOT_NAMES.test(s) && s.length <= 40;
}

export function isPersonName(s: string): boolean {
  return isChineseName(s) || isEnglishName(s);
}

/** Name form for comparing: script-neutral, case- and space-insensitive. */
export function nameKey(s: string): string {
  return foldScript(s).normalize('NFKC').replace(/[\s·•・‧.]/g, '').toLowerCase();
}
