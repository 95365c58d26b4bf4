import type { PersonalDataSpan } from "./personal-data";
import { segmenter } from "./segmenter";

// Common surnames. Left out on purpose: those that are everyday words far more often than names
// (和 于 时 全 国 都 来 门 相 但 信 由 那 公 干 元 区 位 平 初 利 云 强 花 海 原 满 南 成 明 向 常 安 文
// 路 连 车 农 劳 宿 代 年 任-as-given…), since a false name costs a sentence its meaning.
const SURNAMES = new Set(
  [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓吉缪简麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻迟邝封谈匡鞠惠荆冀郁胥储栗燕楚鄢谌奚皮粟冼蔺闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴支卿狄计索宣晋芮扈晁阙浦戈伏鹿薄邸雍辜羊裘亓邰赫杭况逯隆茹诸戎茅揭檀"],
);
const COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "公孙", "夏侯", "尉迟", "长孙", "宇文", "司徒", "端木", "南宫", "独孤", "轩辕"];
// The most frequent surnames: one right before a title ("谢谢李老师") is itself the surname.
const TOP_SURNAMES = new Set([..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"]);
// Characters that do not occur in given names but do right after a surname-like word.
const NOT_GIVEN = new Set([..."的了是在和说对很都也就要让把被给跟与及等们个这那有没不我你他她它每年级班校学课师长主任生教育群里上下中老说话时后前去来过着吗呢吧啊呀么什怎样还又再已才从向为所以因但而且或如果就会能可该应想得地之其此些各位名份次届人省市县区士女"]);
const CJK = /^[\u4e00-\u9fff]$/;

// Words right before a name that say it is one ("我叫", "班主任", "学生", "姓名："). Longest first.
const BEFORE = ["我家", "我的名字是", "名字是", "名字叫", "我儿子叫", "我女儿叫", "我家孩子", "孩子的名字", "本人是", "孩子叫", "儿子叫", "女儿叫", "我儿子", "我女儿", "联系人", "收件人", "学生", "教师", "班主任", "年级的", "班的", "学校的", "转告", "我叫", "我是", "本人", "名叫", "叫做", "姓名", "爸叫", "妈叫", "爱人", "老公", "老婆", "代表", "家长", "老师", "主任", "校长"].sort((a, b) => b.length - a.length);
// Words right after a full name that say whose it is ("陈建国老师", "林雪的妈妈"). A surname alone
// with a title ("王老师", "李校长") is how people name a role and is kept.
const AFTER = ["师傅", "的家长", "副校长", "校长", "副主任", "主任", "老师", "教师", "同学", "家长", "的妈妈", "的爸爸", "妈妈", "爸爸", "书记", "园长", "教练"].sort((a, b) => b.length - a.length);
// What may follow a name that a trigger announced.
const ENDS = /^(?:[，。、；！？,.;!?:：\s)）(（"“”]|$|的|说|在|今年|是|都|也|被|经常|上|和|同学|家长|妈妈|爸爸|老师|校长|主任|反映|要求|，)/;
// Words before a surname that make a three-character reading wrong ("班主任刘芳老师" is 刘芳).
const PREFIX_WORDS = /(?:班主任|老师|教师|学生|同学|家长|数学|语文|英语|物理|化学|体育|的|是|叫|班|表扬|转告|感谢|谢谢)$/;

// People answers cite by name who are not the respondent's acquaintances.
const PUBLIC_FIGURES = new Set(["陶行知", "蔡元培", "叶圣陶", "孔子", "孟子", "鲁迅", "司马光", "钱学森", "袁隆平", "张桂梅", "苏霍姆林斯基"]);
const LIST_JOINERS = /^[、和与及,，]$/;

const givenOk = (s: string) => [...s].every((c) => CJK.test(c) && !NOT_GIVEN.has(c));
// Numerals do occur in given names (一鸣), but after a surname-like word jieba could not place they
// are far more often a grade or a count (高二, 管一管).
const NUMERALS = /[一二三四五六七八九十百千万两零]/;
const personalGiven = (s: string) => givenOk(s) && !NUMERALS.test(s);
// What follows a person as the subject of a sentence ("崔凯把…", "石磊又…").
const SUBJECT_FOLLOWERS = new Set([..."把被让给跟对就又还才总"]);

function surnameAt(text: string, i: number): number {
  if (COMPOUND_SURNAMES.includes(text.slice(i, i + 2))) return 2;
  return SURNAMES.has(text[i] ?? "") ? 1 : 0;
}

/** A name starting at `i` that ends where the sentence allows: surname + one or two characters. */
function nameAfterTrigger(text: string, i: number): number {
  const s = surnameAt(text, i);
  if (s === 0) return 0;
  for (const g of [2, 1]) {
    const end = i + s + g;
    if (end > text.length || !givenOk(text.slice(i + s, end))) continue;
    if (ENDS.test(text.slice(end, end + 2))) return s + g;
  }
  return 0;
}

/** A full name ending right before a title at `t`, or 0. */
function nameBeforeTitle(text: string, t: number): number {
  for (const g of [2, 1]) {
    const p = t - g - 2;
    if (p >= 0 && COMPOUND_SURNAMES.includes(text.slice(p, p + 2)) && givenOk(text.slice(p + 2, t))) return g + 2;
  }
  const three = t >= 3 && SURNAMES.has(text[t - 3]!) && givenOk(text.slice(t - 2, t));
  const two = t >= 2 && SURNAMES.has(text[t - 2]!) && givenOk(text.slice(t - 1, t)) && !TOP_SURNAMES.has(text[t - 1]!);
  if (three && two && (TOP_SURNAMES.has(text[t - 2]!) || PREFIX_WORDS.test(text.slice(0, t - 2)))) return 2;
  if (three) return 3;
  return two ? 2 : 0;
}

/**
 * Three-character person names jieba tags "nr" whose surname is common and whose given name could
 * be one ("张晓东和李娜都是…"). Two-character ones only when listed beside another name: alone,
 * jieba tags words such as 王子 and 荣耀 "nr" too.
 */
function taggedNames(text: string, tokens: { word: string; tag: string; start: number }[]): PersonalDataSpan[] {
  const out: PersonalDataSpan[] = [];
  const push = (start: number, length: number) => {
    if (length > 0 && !PUBLIC_FIGURES.has(text.slice(start, start + length))) out.push({ start, end: start + length, type: "姓名" });
  };
  const ends = (at: number) => ENDS.test(text.slice(at, at + 2));
  for (let k = 0; k < tokens.length; k++) {
    const { word: w, tag, start } = tokens[k]!;
    const next = tokens[k + 1];
    if (!SURNAMES.has(w[0]!)) continue;
    if (tag === "nr" && w.length === 3 && givenOk(w.slice(1))) push(start, 3);
    // A word jieba's dictionary does not know, glued by its HMM ("x"): an unknown surname + given
    // name ("沈桂英"; two characters only where a name may end, since estates and roads come out
    // the same way), sometimes with the next particle stuck on ("郑浩在").
    else if (tag === "x" && w.length === 3 && personalGiven(w.slice(1))) push(start, 3);
    else if (tag === "x" && w.length === 3 && personalGiven(w[1]!) && NOT_GIVEN.has(w[2]!)) push(start, 2);
    else if (tag === "x" && w.length === 2 && personalGiven(w[1]!) && (ends(start + 2) || SUBJECT_FOLLOWERS.has(text[start + 2] ?? ""))) push(start, 2);
    // A surname cut off as its own word before a given name jieba knows as one ("段/宇航/nr").
    else if (w.length === 1 && next?.tag === "nr" && next.word.length === 2 && personalGiven(next.word) && ends(start + 3)) push(start, 3);
    // A surname standing alone as a name ("唐/nr 婷婷", "卢/nr 星辰") heads one where the sentence allows.
    else if (tag === "nr" && w.length === 1 && personalGiven(text[start + 1] ?? "")) push(start, nameAfterTrigger(text, start));
    // Surname and first given character as one word, the last one cut off ("汪子/nr 豪").
    else if (tag === "nr" && w.length === 2 && next?.word.length === 1 && personalGiven(w[1]! + next.word) && ends(start + 3)) push(start, 3);
  }
  return out;
}

/** Full names given as someone's name, found from the words around them. */
export function findNames(text: string): PersonalDataSpan[] {
  const tokens: { word: string; tag: string; start: number }[] = [];
  let at = 0;
  for (const t of segmenter().tag(text, true)) {
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    at = start + t.word.length;
    tokens.push({ word: t.word, tag: t.tag, start });
  }
  // A verb jieba reads whole is no given name: "主任处理家长" holds no 任处理.
  const verbAt = new Set(tokens.filter((t) => t.word.length === 2 && t.tag.startsWith("v")).map((t) => t.start));
  const out: PersonalDataSpan[] = taggedNames(text, tokens);
  for (const word of BEFORE) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      let i = at + word.length;
      while (/[:：\s]/.test(text[i] ?? "")) i++;
      const n = nameAfterTrigger(text, i);
      if (n > 0) out.push({ start: i, end: i + n, type: "姓名" });
    }
  }
  const titled = new Set<number>();
  for (const word of AFTER) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      // "副校长" was already read as a title; its "校长" is not another one.
      if ([...titled].some((t) => at > t && at < t + 3)) continue;
      titled.add(at);
      let n = nameBeforeTitle(text, at);
      if (n === 3 && verbAt.has(at - 2)) n = 0;
      if (n > 0 && !PUBLIC_FIGURES.has(text.slice(at - n, at))) out.push({ start: at - n, end: at, type: "姓名" });
    }
  }
  // Names listed one after another: "周杰、吴迪", "张晓东和李娜".
  for (let k = 0; k < out.length; k++) {
    const end = out[k]!.end;
    if (!LIST_JOINERS.test(text[end] ?? "")) continue;
    const n = nameAfterTrigger(text, end + 1);
    if (n > 0 && !out.some((o) => o.start === end + 1)) out.push({ start: end + 1, end: end + 1 + n, type: "姓名" });
  }
  return out;
}
