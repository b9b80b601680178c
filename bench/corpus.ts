/**
 * Writes a deterministic corpus of N TypeScript files under bench/out/corpus-N: mostly ordinary
 * application code, some files with one WhatsApp error check, a few webhook/retry modules.
 * Each file has its own seed, so the first 500 files are the same in every corpus size.
 *
 * Two styles of the same codebase: `before` (bench/corpus/whatsapp-code.ts), code written before
 * adopting the plugin, mostly magic numbers, some typos and retired codes; `adopted`
 * (bench/corpus/adopted-code.ts, under bench/out/adopted-N), the WhatsApp parts rewritten with
 * the kit's constants and helpers, so the rules find almost nothing to report. The application
 * code is drawn alike in both.
 *
 *   npx tsx bench/corpus.ts --files 2000 [--seed 20240601] [--adopted]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AMBIENT_DECLARATIONS, corpusTsconfig } from './corpus/ambient.js';
import { APP_SNIPPETS, type Snippet } from './corpus/app-code.js';
import { Names } from './corpus/names.js';
import { adoptedBlock, adoptedLightCheck } from './corpus/adopted-code.js';
import { lightWhatsAppCheck, whatsappBlock } from './corpus/whatsapp-code.js';
import { createRandom, fileSeed, type Random } from './prng.js';

export const DEFAULT_SEED = 20_240_601;
export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(BENCH_DIR, 'out');
const KIT_ENTRY = join(BENCH_DIR, '..', 'src', 'index.ts');

/** Share of files by kind. Most files have no error code at all. */
const KIND_WEIGHTS = { app: 0.78, light: 0.14, whatsapp: 0.08 } as const;
type FileKind = keyof typeof KIND_WEIGHTS;

const AREAS = ['services', 'handlers', 'utils', 'models', 'jobs', 'api', 'store', 'integrations'] as const;

export type CorpusStyle = 'before' | 'adopted';

export interface Corpus {
  readonly dir: string;
  readonly style: CorpusStyle;
  readonly files: number;
  readonly seed: number;
  readonly kinds: Record<FileKind, number>;
  readonly lines: number;
}

function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return entries.at(-1)![0];
}

function fileKind(random: Random): FileKind {
  return weighted(random, Object.entries(KIND_WEIGHTS) as [FileKind, number][]);
}

function appSnippets(names: Names, random: Random, count: number): string {
  let body = '';
  for (let i = 0; i < count; i++) body += weighted<Snippet>(random, APP_SNIPPETS)(names, random);
  return body;
}

/** One file's path and text; depends only on (seed, index, style). */
export function generateFile(seed: number, index: number, style: CorpusStyle = 'before'): { path: string; kind: FileKind; text: string } {
  const random = createRandom(fileSeed(seed, index));
  const names = new Names(random);
  const kind = fileKind(random);
  const area = kind === 'whatsapp' ? random.pick(['webhooks', 'messaging', 'integrations']) : random.pick(AREAS);
  const path = join('src', area, `${names.noun()}-${random.pick(['service', 'utils', 'handler', 'model', 'client', 'store'])}-${index}.ts`);
  let header = `// Generated benchmark file ${index} (${kind}).\n`;
  let body = appSnippets(names, random, random.int(3, 7));
  if (kind === 'light' && style === 'adopted') {
    const check = adoptedLightCheck(names, random);
    header += check.header;
    body += check.body + appSnippets(names, random, random.int(0, 2));
  } else if (kind === 'light') body += lightWhatsAppCheck(names, random) + appSnippets(names, random, random.int(0, 2));
  if (kind === 'whatsapp') {
    const block = style === 'adopted' ? adoptedBlock(names, random) : whatsappBlock(names, random);
    header += block.header;
    body += block.body;
  }
  return { path, kind, text: `${header}${body}` };
}

/** Writes the corpus (replacing any previous one of the same size) and describes it. */
export function writeCorpus(files: number, seed = DEFAULT_SEED, style: CorpusStyle = 'before'): Corpus {
  const dir = join(OUT_DIR, `${style === 'adopted' ? 'adopted' : 'corpus'}-${files}`);
  rmSync(dir, { recursive: true, force: true });
  const kinds: Record<FileKind, number> = { app: 0, light: 0, whatsapp: 0 };
  let lines = 0;
  for (let index = 0; index < files; index++) {
    const file = generateFile(seed, index, style);
    mkdirSync(join(dir, dirname(file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
    kinds[file.kind]++;
    lines += file.text.split('\n').length;
  }
  mkdirSync(join(dir, 'types'), { recursive: true });
  writeFileSync(join(dir, 'types', 'ambient.d.ts'), AMBIENT_DECLARATIONS);
  writeFileSync(join(dir, 'tsconfig.json'), corpusTsconfig(relative(dir, KIT_ENTRY)));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const corpus: Corpus = { dir, style, files, seed, kinds, lines };
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify(corpus, null, 2)}\n`);
  return corpus;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const corpus = writeCorpus(Number(flag('--files') ?? 2000), Number(flag('--seed') ?? DEFAULT_SEED), process.argv.includes('--adopted') ? 'adopted' : 'before');
  console.log(`${corpus.style}: ${corpus.files} files, ${corpus.lines} lines (${corpus.kinds.app} app, ${corpus.kinds.light} with one check, ${corpus.kinds.whatsapp} WhatsApp modules) in ${corpus.dir}`);
}
