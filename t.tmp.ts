import * as OpenCC from 'opencc-js';
import { readFileSync, readdirSync } from 'node:fs';
const c = OpenCC.Converter({ from: 'cn', to: 'tw' });
const want = process.argv[2]!.split(',');
for (const f of readdirSync('content/sources').filter((f) => f.endsWith('.txt'))) {
  const a = [...readFileSync('content/sources/' + f, 'utf8')], b = [...c(a.join(''))];
  a.forEach((ch, i) => { if (want.includes(`${ch}${b[i]}`)) console.log(ch + b[i], a.slice(i - 4, i + 4).join('').replace(/\n/g, ' '), '→', b.slice(i - 4, i + 4).join('').replace(/\n/g, ' ')); });
}
