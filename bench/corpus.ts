/**
 * Writes a deterministic corpus of N TypeScript files under bench/out/corpus-N: mostly ordinary
 * application code, some files with one WhatsApp error check, a few webhook/retry modules.
 * Each file has its own seed, so the first 500 files are the same in every corpus size.
 *
 *   npx tsx bench/corpus.ts --files 2000 [--seed 20240601]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AMBIENT_DECLARATIONS, corpusTsconfig } from './corpus/ambient.js';
import { APP_SNIPPETS, type Snippet } from './corpus/app-code.js';
import { Names } from './corpus/names.js';
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

export interface Corpus {
  readonly dir: string;
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

/** One file's path and text; depends only on (seed, index). */
export function generateFile(seed: number, index: number): { path: string; kind: FileKind; text: string } {
  const random = createRandom(fileSeed(seed, index));
  const names = new Names(random);
  const kind = fileKind(random);
  const area = kind === 'whatsapp' ? random.pick(['webhooks', 'messaging', 'integrations']) : random.pick(AREAS);
  const path = join('src', area, `${names.noun()}-${random.pick(['service', 'utils', 'handler', 'model', 'client', 'store'])}-${index}.ts`);
  let header = `// Generated benchmark file ${index} (${kind}).\n`;
  let body = appSnippets(names, random, random.int(3, 7));
  if (kind === 'light') body += lightWhatsAppCheck(names, random) + appSnippets(names, random, random.int(0, 2));
  if (kind === 'whatsapp') {
    const block = whatsappBlock(names, random);
    header += block.header;
    body += block.body;
  }
  return { path, kind, text: `${header}${body}` };
}

/** Writes the corpus (replacing any previous one of the same size) and describes it. */
export function writeCorpus(files: number, seed = DEFAULT_SEED): Corpus {
  const dir = join(OUT_DIR, `corpus-${files}`);
  rmSync(dir, { recursive: true, force: true });
  const kinds: Record<FileKind, number> = { app: 0, light: 0, whatsapp: 0 };
  let lines = 0;
  for (let index = 0; index < files; index++) {
    const file = generateFile(seed, index);
    mkdirSync(join(dir, dirname(file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
    kinds[file.kind]++;
    lines += file.text.split('\n').length;
  }
  mkdirSync(join(dir, 'types'), { recursive: true });
  writeFileSync(join(dir, 'types', 'ambient.d.ts'), AMBIENT_DECLARATIONS);
  writeFileSync(join(dir, 'tsconfig.json'), corpusTsconfig(relative(dir, KIT_ENTRY)));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const corpus: Corpus = { dir, files, seed, kinds, lines };
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify(corpus, null, 2)}\n`);
  return corpus;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const corpus = writeCorpus(Number(flag('--files') ?? 2000), Number(flag('--seed') ?? DEFAULT_SEED));
  console.log(`${corpus.files} files, ${corpus.lines} lines (${corpus.kinds.app} app, ${corpus.kinds.light} with one check, ${corpus.kinds.whatsapp} WhatsApp modules) in ${corpus.dir}`);
}
