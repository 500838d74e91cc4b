import type { Annotation, NoteDetail } from '../model.ts';

// Editorial notes are data (kind, source lines, source form, details); these templates
// write them out per language. The 繁體 edition converts the 简体 wording like all text.

const span = (lines: readonly number[]) => (lines.length === 1 ? `${lines[0]}` : `${lines[0]}–${lines.at(-1)}`);
const REMOVED_ZH: Record<NonNullable<NoteDetail['what']>, string> = {
  'web chrome': '网页附加内容',
  navigation: '网页导航链接',
  dateline: '网页发布时间与来源行',
  'editor line': '网页编辑署名',
  'photo caption': '网页图片栏或图片说明',
  'related links': '网页相关链接',
  'print furniture': '印刷版式内容',
  duplicate: '重复内容',
  'running title': '印刷版式内容',
  'masthead pinyin': '印刷版式内容',
};
const REMOVED_EN: Record<NonNullable<NoteDetail['what']>, string> = {
  'web chrome': 'web page matter',
  navigation: 'a web page navigation link',
  dateline: 'the web page’s publication time and source line',
  'editor line': 'the web page’s editor line',
  'photo caption': 'a web page picture block or caption',
  'related links': 'the web page’s related links',
  'print furniture': 'print layout matter',
  duplicate: 'a duplicate',
  'running title': 'a pinyin running title',
  'masthead pinyin': 'the pinyin of the magazine title',
};

/** A note in Chinese (简体). */
export function noteZh(a: Annotation): string {
  const d = a.detail ?? {};
  const why = d.reason ? `：${d.reason}` : '。';
  const [first, last] = [a.lines[0], a.lines.at(-1)];
  switch (a.type) {
    case 'join':
      if (d.cause === 'decision') return `原文第${first}行与第${last}行之间断开，按文意接排为一段${why}`;
      if (d.cause === 'subtitle') return `副题在原文断为第${span(a.lines)}行，已接排。`;
      if (d.cause === 'run-in') return `原文第${first}行的段首标题单独成行，与同级各条（标题接排于段首）体例不一，已与第${last}行接排为一段。`;
      return `原文第${first}行与第${last}行之间断开（换行、分栏或换页），已接排为一段。`;
    case 'continuation':
      return `原文此处作“${d.jumpOut}”，续文在第${d.page}页以“${d.jumpIn}”起（原文第${span(d.part ?? [])}行），已移至此处接排。`;
    case 'emendation':
      return `原文第${first}行作英文“${a.original}”，为“和”字的识别错误，径改。`;
    case 'supplied':
      return `原文第${first}行脱去“${d.text}”字，据文意补，置于〔〕中${why}`;
    case 'lacuna':
      return `原文第${first}行此处脱字，无法确定，以〔□〕标出${why}`;
    case 'supplied-title':
      return `原文缺标题，“${d.text}”为整理者所加。`;
    case 'removed':
      return `删去${REMOVED_ZH[d.what ?? 'print furniture']}（原文第${span(a.lines)}行）：${d.what === 'running title' ? '页眉拼音标题。' : d.what === 'masthead pinyin' ? '刊名拼音。' : d.reason}`;
    case 'excluded':
      return `原文第${span(a.lines)}行不属本篇，未收入正文${why}`;
    case 'normalized':
      return d.scope === 'issue' ? '封面、版权页与目录中的半角标点改为全角；目录页码照录原刊。' : `正文中与汉字相邻的半角标点（, : ; ( ) ! ?）共${d.count}处改为全角；原文形式见所附原始文本及各段的原文行号。`;
    case 'sidebar':
      return `原文第${span(a.lines)}行为方框栏目，与正文分开排印${why}`;
    case 'relocated':
      return `原文第${span(a.lines)}行由整理者移至此处${why}`;
    case 'renumbered':
      return `原文第${first}行的标题序号印作“${d.printedNumber}”，与上下文次序不合，按次序作第${d.countedAs}项计（编号锚点据此），原印序号照录${why}`;
  }
}

const lines = (a: Annotation) => (a.lines.length === 1 ? `source line ${a.lines[0]}` : a.lines.length === 2 ? `source lines ${a.lines[0]} and ${a.lines[1]}` : `source lines ${span(a.lines)}`);
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * A note in English. An editor's reason is written in Chinese in the edition file; the
 * English says what was done and where, and that the reason is in the Chinese edition.
 */
export function noteEn(a: Annotation): string {
  const d = a.detail ?? {};
  const reason = d.reason ? ' The editors’ reason is given in the Chinese edition.' : '';
  switch (a.type) {
    case 'join':
      if (d.cause === 'decision') return `${cap(lines(a))} are one paragraph broken in print; the editors join them.${reason}`;
      if (d.cause === 'subtitle') return `The subtitle is broken over ${lines(a)} in the source and is joined.`;
      if (d.cause === 'run-in') return `The heading on source line ${a.lines[0]} stands on a line of its own, unlike the other items of its list, whose headings open their paragraphs; it is joined to line ${a.lines.at(-1)}.`;
      return `${cap(lines(a))} are broken by a line, column or page break and are joined into one paragraph.`;
    case 'continuation':
      return `Source line ${a.lines[0]} ends “${d.jumpOut}”; the text continues on page ${d.page} with “${d.jumpIn}” (source lines ${span(d.part ?? [])}), moved here so that it reads on.`;
    case 'emendation':
      return `Source line ${a.lines[0]} has the English word “${a.original}”, a misreading of the character 和 (“and”); corrected.`;
    case 'supplied':
      return `Source line ${a.lines[0]} has lost the character “${d.text}”; it is supplied from the sense and set in 〔〕.${reason}`;
    case 'lacuna':
      return `Characters are lost on source line ${a.lines[0]} and cannot be supplied; marked 〔□〕.${reason}`;
    case 'supplied-title':
      return 'The source has no title; the title is supplied by the editors.';
    case 'removed':
      return `Left out of the reading text: ${REMOVED_EN[d.what ?? 'print furniture']} (${lines(a)}).${reason}`;
    case 'excluded':
      return `${cap(lines(a))} belong to another text and are left out of the reading text.${reason}`;
    case 'normalized':
      return d.scope === 'issue'
        ? 'Half-width punctuation on the cover, masthead and table of contents is changed to full width; page numbers are kept as printed.'
        : `${d.count} half-width punctuation marks (, : ; ( ) ! ?) next to Chinese characters are changed to full width; the source text shows the original forms.`;
    case 'sidebar':
      return `${cap(lines(a))} are a boxed sidebar, printed apart from the running text.${reason}`;
    case 'relocated':
      return `${cap(lines(a))} are moved here by the editors.${reason}`;
    case 'renumbered':
      return `The heading on source line ${a.lines[0]} is numbered “${d.printedNumber}” in print, out of sequence; the edition counts it as item ${d.countedAs} (its anchor follows) and keeps the printed number.${reason}`;
  }
}
