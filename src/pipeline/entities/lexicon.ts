/**
 * Word lists the person extractor reasons with: surnames, titles that introduce a name, words that
 * may follow a name, and jieba's dictionary for vetoes. General knowledge of Chinese news text,
 * never names from the archive itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The most common surnames: enough on their own for weak cues (an enumeration, 代表建议…). */
export const COMMON_SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ),
);
/** Rarer surnames: accepted only after a strong cue (a title right before the name). */
export const RARE_SURNAMES = new Set(
  Array.from('羊漆巢宦璩郦弓隗勾幸堵红戈伏郁尉迮益桓公晋楚闻帅缑亢况郈有琴归海墨哈谯笪年爱阚粟揭诸封贲扈冀郏浦宓蔺蓬郜禹习普蒯逄权逯盖后荆黄聂蓟双湛瞿'),
);
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '宇文', '长孙', '司徒', '澹台'];

/** Characters of transliterated foreign names (普京, 施瓦布): a name of these after a strong cue. */
export const TRANSLITERATION = new Set(Array.from('拜阿埃艾安奥巴贝比彼波布查达德迪杜多厄恩法菲弗盖戈格哈海汉赫霍吉加杰金卡凯科克库拉莱兰劳勒雷里利林隆卢鲁伦罗洛马迈麦曼梅蒙米莫穆纳内尼努诺帕佩皮普齐乔切萨塞桑森沙舍施什斯苏索塔泰坦特图托瓦威韦维温沃乌西希谢辛休雅亚扬伊因英尤约泽扎詹兹佐京登朗默尔逊瑟蒂娜丽莎琳娅玛')); 

/** Titles and roles printed right before a name (市委书记毛…, 副市长顾…, 工人陈…, 66岁的朱…). */
export const TITLES = [
  '书记', '副书记', '市长', '副市长', '省长', '副省长', '县长', '副县长', '区长', '副区长', '镇长', '乡长', '村长',
  '主任', '副主任', '主席', '副主席', '部长', '副部长', '厅长', '副厅长', '局长', '副局长', '处长', '科长', '所长',
  '院长', '副院长', '检察长', '副检察长', '秘书长', '副秘书长', '董事长', '副董事长', '总经理', '副总经理', '经理',
  '总裁', '组长', '副组长', '队长', '副队长', '队员', '总理', '副总理', '总统', '首相', '国王', '发言人', '院士',
  '教授', '研究员', '巡视员', '调研员', '委员', '常委', '负责人', '创始人', '执行主席', '总协调人', '提名人选',
  '候选人', '校长', '馆长', '站长', '会长', '理事长', '厂长', '主任委员', '政委', '司令员', '工人', '菜农', '村民',
  '农民', '居民', '市民', '党员', '干部', '老人', '师傅', '医生', '护士', '教师', '老师', '民警', '交警', '律师',
  '记者', '通讯员', '实习生', '编辑', '专家', '导游', '店主', '老板', '学生', '家长', '患者', '游客', '船长', '机长', '司机', '厨师', '演员', '歌手', '运动员', '教练', '选手', '作家', '画家', '村支书', '技术员', '工程师', '主播', '志愿者', '大使', '领导', '代表', '法官',
  '检察官', '岁的', '原主席', '原书记', '总书记', '党组成员', '行长', '指导员', '网格员', '班长', '园长', '省委', '市委',
].sort((a, b) => b.length - a.length);

/** Titles after which any surname is accepted (and foreign names): the strongest cues. */
export const STRONG_TITLES = new Set(TITLES.filter((t) => !['工人', '村民', '农民', '居民', '市民', '党员', '干部', '老人', '师傅', '岁的', '领导', '代表', '专家', '志愿者', '省委', '市委', '委员', '常委', '导游', '店主', '老板', '学生', '家长', '患者', '游客', '司机', '厨师'].includes(t)));

/** Words that may follow a name: verbs of news reporting, particles, conjunctions. */
export const FOLLOWERS = [
  '出席', '参加', '主持', '讲话', '致辞', '表示', '指出', '强调', '说', '介绍', '宣布', '代表', '率', '在', '和', '与', '及',
  '等', '同志', '一行', '先后', '分别', '为', '对', '向', '到', '赴', '来到', '考察', '调研', '要求', '认为', '作', '会见',
  '看望', '慰问', '提出', '带队', '陪同', '听取', '察看', '签署', '签约', '任', '担任', '是', '的', '也', '都', '还', '就',
  '又', '感谢', '希望', '坦言', '告诉', '回忆', '透露', '发言', '汇报', '点评', '获得', '荣获', '被', '从', '正', '坐',
  '开始', '算', '多次', '不时', '边', '认真', '首先', '现场', '了解', '叮嘱', '嘱咐', '宣读', '传达', '通报', '见证',
  '致', '应邀', '列席', '主讲', '作表态', '充分', '随即', '深入', '详细', '一起', '共同', '带领', '领衔', '摄', '报道',
  '今年', '去年', '家', '所在', '曾', '已', '将', '正在', '因', '每天', '和他', '他们', '同', '跟', '给', '让', '把',
  '表态', '作了', '作出', '主动', '亲自', '专程', '拿出', '笑', '高兴', '说道', '谈到', '讲述', '看到', '走进', '一边',
  '邀请', '以', '通过', '用', '应', '访问', '会谈', '通话', '举行', '出任', '当选', '逝世', '去世', '获', '入选', '两人', '二人', '夫妇',
  '市长', '书记', '主任', '代表建议', '代表认为', '委员', '局长', '总书记', '主席', '同学', '老师', '对此',
].sort((a, b) => b.length - a.length);

/** Punctuation and digits that may follow or precede a name. */
export const DELIMITER = /[\s、，。；：！？,.;:!?（）()“”"'‘’《》【】—…·\-\d]/;

interface Entry {
  freq: number;
  tag: string;
}
let dictionary: Map<string, Entry> | null = null;

/** jieba's dictionary (word → frequency and part of speech), for vetoing ordinary words. */
export function dictionaryEntry(word: string): Entry | undefined {
  if (!dictionary) {
    dictionary = new Map();
    const require = createRequire(import.meta.url);
    const text = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
    for (const line of text.split('\n')) {
      const [w, f, tag] = line.split(' ');
      if (w && w.length >= 2 && w.length <= 5) dictionary.set(w, { freq: Number(f), tag: tag ?? '' });
    }
  }
  return dictionary.get(word);
}

/** An ordinary word (not a person or place name) that jieba knows well. */
export function isCommonWord(word: string, minFreq = 20): boolean {
  const e = dictionaryEntry(word);
  return !!e && e.freq >= minFreq && e.tag !== 'nr' && e.tag !== 'ns' && e.tag !== 'nrt' && e.tag !== 'nz';
}
