// Which member field each column of an imported participant list fills, from its header, in English
// or Chinese: "Name / 姓名", "English name", "中文姓名", "Title (Chinese) / 职务（中文）", "单位", "E-mail" …
// Pure functions; the user may change the result in the import dialog (the commit takes the mapping).
import type { ImportColumn, ImportField } from '../shared/contract/exchange-schemas';

type Base = 'name' | 'title' | 'organisation' | 'email' | 'phone' | 'dietary' | 'role' | 'notes';

/** Headers that name a field on their own (compared after normalising: lower case, no spaces or punctuation). */
const EXACT: Record<string, ImportField> = {
  englishname: 'nameLatin',
  latinname: 'nameLatin',
  nameinenglish: 'nameLatin',
  pinyin: 'nameLatin',
  pinyinname: 'nameLatin',
  英文姓名: 'nameLatin',
  英文名: 'nameLatin',
  英文名字: 'nameLatin',
  拼音: 'nameLatin',
  姓名拼音: 'nameLatin',
  chinesename: 'nameZh',
  nameinchinese: 'nameZh',
  中文姓名: 'nameZh',
  中文名: 'nameZh',
  中文名字: 'nameZh',
};

const ALIASES: Record<Base, string[]> = {
  name: ['name', 'fullname', 'participant', 'participantname', 'delegate', '姓名', '名字', '参会人员', '人员'],
  title: ['title', 'position', 'jobtitle', 'function', 'post', '职务', '职位', '头衔', '职称'],
  organisation: [
    'organisation',
    'organization',
    'institution',
    'company',
    'affiliation',
    'employer',
    '单位',
    '工作单位',
    '所在单位',
    '机构',
    '组织',
  ],
  email: ['email', 'mail', 'emailaddress', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址'],
  phone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'mobilephone',
    'cell',
    'phonenumber',
    '电话',
    '手机',
    '联系电话',
    '手机号',
    '手机号码',
    '电话号码',
  ],
  dietary: [
    'dietary',
    'dietaryrequirements',
    'dietaryrequirement',
    'dietaryrestrictions',
    'diet',
    '饮食要求',
    '饮食',
    '饮食禁忌',
    '餐饮要求',
    '饮食习惯',
  ],
  role: ['role', 'delegationrole', '角色', '身份', '团内角色'],
  notes: ['notes', 'note', 'remarks', 'remark', 'comments', 'comment', '备注', '说明', '附注'],
};

const BY_ALIAS = new Map<string, Base>(
  (Object.entries(ALIASES) as [Base, string[]][]).flatMap(([base, aliases]) => aliases.map((a) => [a, base])),
);

const EN_QUALIFIER = /\b(english|eng|en|latin)\b|英文|英语/;
const ZH_QUALIFIER = /\b(chinese|zh|cn|chn)\b|中文|汉语|汉字/;

/** NFKC folds full-width brackets and letters; then lower case, no spaces, no punctuation. */
const compact = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
export const hasChinese = (text: string) => CJK.test(text);

function languageOf(header: string): 'en' | 'zh' | null {
  const lower = header.normalize('NFKC').toLowerCase();
  const en = EN_QUALIFIER.test(lower);
  const zh = ZH_QUALIFIER.test(lower);
  return en === zh ? null : en ? 'en' : 'zh';
}

function withLanguage(base: Base, language: 'en' | 'zh' | null): ImportField {
  if (base === 'email' || base === 'phone' || base === 'role') return base;
  if (base === 'name') return language === 'en' ? 'nameLatin' : language === 'zh' ? 'nameZh' : 'name';
  if (!language) return base;
  return `${base}${language === 'en' ? 'En' : 'Zh'}` as ImportField;
}

/** The field one header names, or null. */
export function fieldForHeader(header: string): ImportField | null {
  const language = languageOf(header);
  const parts = [header, ...header.split(/[/|\n]/)];
  // "姓名 Name" or "Name姓名": also try the Chinese and the Latin part alone.
  parts.push(header.replace(/[^\p{Script=Han}]/gu, ''), header.replace(/\p{Script=Han}/gu, ''));
  for (const part of parts) {
    const key = compact(part);
    if (!key) continue;
    if (EXACT[key]) return EXACT[key];
    const stripped = compact(
      part
        .normalize('NFKC')
        .toLowerCase()
        .replace(new RegExp(EN_QUALIFIER.source, 'g'), ' ')
        .replace(new RegExp(ZH_QUALIFIER.source, 'g'), ' '),
    );
    const base = BY_ALIAS.get(key) ?? BY_ALIAS.get(stripped);
    if (base) return withLanguage(base, language);
  }
  return null;
}

/** One entry per column; a field is given to the first column that names it, later ones are ignored. */
export function detectColumns(header: readonly string[], width = header.length): ImportColumn[] {
  const taken = new Set<ImportField>();
  return Array.from({ length: Math.max(width, header.length) }, (_, index) => {
    const text = (header[index] ?? '').trim();
    let field = text ? fieldForHeader(text) : null;
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    return { index, header: text, field };
  });
}
