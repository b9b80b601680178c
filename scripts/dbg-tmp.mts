import { readText } from '../rules/utils/meaning.ts';
for (const t of process.argv.slice(2)) { const r = readText(t); console.log(t, '\n  words', r.words.join(' '), '\n  matches', r.matches.map((m: any) => `${m.phrase.text}[${m.phrase.classId}${m.phrase.entry ? ' ' + m.phrase.entry.code : ''}]`).join(' | ')); }
