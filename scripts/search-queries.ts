// The query set `npm run bench` evaluates search with: what readers of these documents type.
export const SEARCH_QUERIES: Record<string, string[]> = {
  'common words': ['发展', '经济', '改革', '创新', '生态', '项目', '群众', '疫情防控', '高质量发展', '乡村振兴', '煤炭', '示范区', '人均'],
  names: ['张志川', '习近平', '杨勤荣', '狄仁杰'],
  places: ['泽州', '高平', '陵川', '沁水', '阳城', '太行', '汾河', '晋城', '长治', '太原', '运城', '潞城'],
  'policy shorthand': ['转型出雏型', '一枚印章管审批', '六新', '放管服效', '放管服', '三零', '五个三', '两个维护', '四个意识', '十四五', '枫桥经验', '三牛精神', '综改区', '蹚出'],
  numbers: ['1425.7亿元', '2800', '100项', '90%', '50%', '2021年', '13710', '万亿元'],
  'single characters': ['型', '煤', '晋', '川', '新', '的', '雏'],
  '繁體 queries': ['轉型出雛型', '張志川', '發展', '經濟', '審批', '澤州', '數字經濟', '營商環境', '國際', '雛型'],
  'several terms': ['转型 雏型', '煤 改革', '發展 改革'],
  'Latin and digits': ['GDP', '5G', 'gdp'],
  'not in the texts': ['不存在的词语', '李凌'],
};

/** English queries on the English index; Chinese typed there is answered from the aligned Chinese. */
export const ENGLISH_QUERIES: Record<string, string[]> = {
  'glossary renderings': ['coalbed methane', 'high-quality development', 'rural revitalization', 'business environment', 'dual circulation', 'health and wellness', 'energy revolution', 'six new', 'standard land', 'Belt and Road', 'streamline administration'],
  names: ['Zhang Zhichuan', 'Xi Jinping', 'Wang Zhen', 'Yang Qinrong', 'Zhang Xinwei'],
  places: ['Jincheng', 'Zezhou', 'Gaoping', 'Lingchuan', 'Taihang', 'Yuncheng'],
  numbers: ['142.57', '2021', '14th Five-Year Plan', '5G', '6.6%', 'billion yuan'],
  'Chinese on the English page': ['煤层气', '转型出雏型', '張志川'],
  'not in the texts': ['photosynthesis'],
};
