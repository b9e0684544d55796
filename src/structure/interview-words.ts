import { foldScript } from '../detect/script';

/**
 * Words of interview layouts, in Simplified Chinese and English. Block text is folded with
 * `foldForMatch` before these are applied, so Traditional pages (`訪談嘉賓`, `記者：`) and
 * pages with half-width or full-width punctuation (`Q：`, `主持人:`) match alike. Data only.
 */

/**
 * Traditional → Simplified and full-width ASCII → ASCII, one character for one character,
 * so an index in the folded text is the same index in the original.
 */
export function foldForMatch(text: string): string {
  const folded = foldScript(text).replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  return folded.length === text.length ? folded : text;
}

/** Labels for the interviewer's turns (numbered questions too: `问1：`, `Q2:`). */
export const HOST_LABEL = /^(?:本报记者|本刊记者|本台记者|本网记者|特约记者|记者|主持人|主持|记者问|采访者|采访人|访谈人|编者|interviewer|host|moderator|(?:问|提问|q|question)\s*[0-9一二三四五六七八九十]{0,3})$/i;
/** Labels for the interviewee's turns (resolved to the one guest). */
export const GUEST_LABEL = /^(?:答|回答|a|answer)\s*[0-9一二三四五六七八九十]{0,3}$/i;
/** A host label written as the outlet (`新京报：`, `澎湃新闻记者：`). */
export const MEDIA_LABEL = /^[\p{Script=Han}]{1,8}(?:报|日报|晚报|晨报|周刊|杂志|新闻|新闻网|网|电视台|广播电台|客户端)(?:记者)?$/u;

/** Intro lines naming the guests: `访谈嘉宾：`, `【人物名片】`, `■圆桌嘉宾`, `受访专家：`, `Guests:`. */
export const GUEST_HEAD = String.raw`(?:访谈|对话|圆桌|受访|本期|特邀|做客|在线访谈|现场|特约|论坛|座谈|参与|出席)?嘉宾(?:名单|简介|介绍|档案)?|受访(?:者|人|专家|人物|对象|企业家|代表)|(?:访谈|采访|对话|专访)(?:对象|人物)|人物(?:名片|简介|档案|小档案)|(?:专家|嘉宾)(?:名片|简介|档案)|被访者|对话人|guests?|interviewees?|panel(?:ists)?|about the guests?`;
/** Intro lines naming the interviewer: `主持人：本报记者 刘静静`, `【主持人】林可，本报记者`, `Interviewer:`. */
export const HOST_HEAD = String.raw`主持人|主持|采访(?:人|者|记者)?|访谈(?:人|者|主持)|本报记者|本刊记者|记者|interviewers?|hosts?|moderators?|interview(?:ed)? by|conducted by`;

/** The end of a job title: what makes `本报记者` or `…民政局局长` a title rather than a name. */
export const TITLE_SUFFIX = /(?:记者|编辑|主编|主持人|主任|局长|厅长|部长|处长|科长|院长|校长|所长|站长|馆长|社长|会长|理事长|董事长|总经理|经理|总裁|总监|主席|书记|市长|县长|区长|镇长|乡长|村长|主任医师|医师|医生|护士长|教授|研究员|讲师|教师|老师|工程师|设计师|传承人|艺人|创始人|负责人|代表|委员|专家|志愿者|居民|团长|队长|组长|秘书长|指导员|教练|运动员|作家|导演|演员|律师|法官|检察官|警官|民警|干部|农民|村民|合伙人|研究生|学生|博士|硕士|中心主任|首席科学家|科学家|主播|员|长|师|家|人)$/;

/** A clause of a guest's biography, not part of the title (`从艺五十余年`, `长期从事…`). */
export const BIOGRAPHY = /^(?:从事|长期|曾|从艺|毕业|研究方向|主要|擅长|获|荣获|出版|著有|多年|现居|生于|出生|致力|先后|历任|参与|主持|[0-9一二三四五六七八九十百]+(?:余|多)?年)/;
/** Words that make a title segment name an institution (preferred when a bio gives several). */
export const PLACE_WORD = /[省市县区州镇乡村]|自治区|大学|学院/;
export const ORG_WORD = /大学|学院|学校|中学|小学|医院|公司|集团|局|厅|部|委|协会|学会|中心|研究所|研究院|院|馆|社|站|组委会|团|报|台|工作室|社区|银行|合作社|基地|企业/;

/** Courtesy forms after a surname (`陈校长：`, `马老师`, `方团长`), dropped when resolving a speaker. */
export const HONORIFIC = /(?:理事长|董事长|社长|会长|行长|厂长|馆长|所长|站长|处长|科长|厅长|司长|队长|组长|老师|校长|局长|主任|医生|大夫|教授|先生|女士|同志|书记|部长|团长|院长|博士|阿姨|大姐|大哥|师傅|经理|总|董|老|工|主席|市长|县长|代表|委员|律师|记者)$/;
export const ENGLISH_HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|rev|gen|col|capt|sen|rep|gov)\.?\s+/i;

/** Clues that the article presents an interview (title, lead). */
/** Words that announce an interview as such (专访, 对话, Q&A). */
export const ANNOUNCED_INTERVIEW = /访谈|专访|对话|圆桌|问答|答记者问|做客|q\s*&\s*a|interview|sat down with/i;
/** Those, plus the reporting verbs a lead also uses for the quotes of a news story (记者采访了…). */
export const INTERVIEW_CUE = new RegExp(`${ANNOUNCED_INTERVIEW.source}|采访|conversation with|spoke with|talked (?:to|with)`, 'i');
