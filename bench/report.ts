/** Plain-text tables of the benchmark results, for the terminal and for docs/performance.md. */
import type { CheckResult } from './checks.js';
import { OUR_RULES } from './configs.js';
import type { RulesOnlyResult } from './rules-only.js';
import type { LinearResult } from './linear.js';
import { PEER, type Comparison, type MemoryResult, type ScalingRow, type TypedComparison } from './sections.js';

const ms = (value: number): string => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits: number): string => value.toFixed(digits);
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(2)}%`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function comparisonReport(title: string, labels: { baseline: string; withOurs: string; stats: string }, result: Comparison): string {
  const totals = table(
    ['config', 'wall ms (median)', 'wall min–max', 'wall ms/file', 'CPU ms (median)'],
    [
      [labels.baseline, ms(result.baselineMs), `${ms(result.baselineRange[0])}–${ms(result.baselineRange[1])}`, fixed(result.baselineMs / result.files, 3), ms(result.baselineCpuMs)],
      [labels.withOurs, ms(result.withOursMs), `${ms(result.withOursRange[0])}–${ms(result.withOursRange[1])}`, fixed(result.withOursMs / result.files, 3), ms(result.withOursCpuMs)],
    ],
  );
  const rules = table(
    ['rule', 'ms', 'ms/file', 'peer', 'peer ms', 'ours/peer'],
    result.rules.map((row) => [
      row.rule.startsWith('whatsapp-errors/') && !OUR_RULES.includes(row.rule) ? `${row.rule} (not in recommended)` : row.rule,
      fixed(row.ms, 1),
      fixed(row.ms / result.files, 4),
      row.peer ?? '',
      row.peerMs === undefined ? '' : fixed(row.peerMs, 1),
      row.ratio === undefined ? '' : fixed(row.ratio, 2),
    ]),
  );
  const problems = Object.entries(result.problems)
    .filter(([rule]) => rule.startsWith('whatsapp-errors/'))
    .map(([rule, count]) => `${rule.replace('whatsapp-errors/', '')} ${count}`)
    .join(', ');
  return [
    `### ${title}`,
    '',
    `${result.files.toLocaleString('en-US')} files (${result.lines.toLocaleString('en-US')} lines), ${result.rounds} rounds; 1-minute load average ${fixed(result.loadAverage[0], 2)} before, ${fixed(result.loadAverage[1], 2)} after.`,
    '',
    totals,
    '',
    `Overhead of configs.recommended: wall time **${signed(result.overheadPercent)}** (median of per-round ratios ${signed(result.pairedOverheadPercent)}); CPU time **${signed(result.cpuOverheadPercent)}** (per-round ${signed(result.pairedCpuOverheadPercent)}).`,
    `configs.recommended's rules' own time (ESLint stats, ${labels.stats}): ${fixed(result.ourRulesMs, 1)} ms = **${fixed(result.ourRulesPercent, 2)}%** of the baseline's wall time, **${fixed(result.ourRulesOverPeer, 2)}×** ${PEER} (${fixed(result.peerMs, 1)} ms). Parsing alone: ${ms(result.parseMs)} ms.`,
    `Output identical in every round: ${result.stableOutput ? 'yes' : 'NO'}. Problems reported: ${problems || 'none'} (${fixed(result.ourProblemsPerKLines, 2)} per 1,000 lines).`,
    '',
    `Per-rule times (ESLint stats, medians; include create()):`,
    '',
    rules,
  ].join('\n');
}

export function memoryReport(result: MemoryResult): string {
  return [
    `### Peak memory`,
    '',
    `Peak RSS (process.resourceUsage().maxRSS) of one process linting all ${result.files.toLocaleString('en-US')} files, medians of ${result.rounds} processes per config:`,
    '',
    table(
      ['config', 'peak RSS MiB', 'runs'],
      [
        ['A baseline', fixed(result.baselineMb, 1), result.raw.A.map((value) => fixed(value, 0)).join(', ')],
        ['B + recommended', fixed(result.withOursMb, 1), result.raw.B.map((value) => fixed(value, 0)).join(', ')],
      ],
    ),
    '',
    `B vs A: **${signed(result.overheadPercent)}**.`,
  ].join('\n');
}

export function checksReport(checks: readonly CheckResult[], files: number): string {
  return [
    `### Concurrency and cache (config B, ${files.toLocaleString('en-US')} files)`,
    '',
    table(
      ['mode', 'wall ms', 'same output as single-threaded', 'note'],
      checks.map((check) => [check.name, ms(check.wallMs), check.identical ? 'yes' : 'NO', check.note]),
    ),
  ].join('\n');
}

export function scalingReport(rows: readonly ScalingRow[], rounds: number): string {
  const rules = Object.keys(rows[0]?.ruleMsPerFile ?? {});
  return [
    `### Scaling (no type information, medians of ${rounds} rounds)`,
    '',
    table(
      ['files', 'lines/file', 'A wall ms/file', 'B wall ms/file', 'wall overhead', 'A CPU ms/file', 'B CPU ms/file', 'CPU overhead', 'our rules ms/file', ...rules.map((rule) => `${rule.replace('whatsapp-errors/', '')} ms/file`)],
      rows.map((row) => [
        row.files.toLocaleString('en-US'),
        fixed(row.lines / row.files, 1),
        fixed(row.baselineMsPerFile, 3),
        fixed(row.withOursMsPerFile, 3),
        signed(row.overheadPercent),
        fixed(row.baselineCpuMsPerFile, 3),
        fixed(row.withOursCpuMsPerFile, 3),
        signed(row.cpuOverheadPercent),
        fixed(row.ourRulesMsPerFile, 4),
        ...rules.map((rule) => fixed(row.ruleMsPerFile[rule] ?? 0, 4)),
      ]),
    ),
  ].join('\n');
}

export function rulesOnlyReport(result: RulesOnlyResult, title: string): string {
  return [
    `### ${title}: without parsing (the same lint, every file's AST cached after one pass)`,
    '',
    table(
      ['config', 'wall ms (median)', 'runs'],
      [
        ['A baseline, parse cached', ms(result.baselineMs), result.raw.A.map(ms).join(', ')],
        ['B + recommended, parse cached', ms(result.withOursMs), result.raw.B.map(ms).join(', ')],
      ],
    ),
    '',
    `B − A (median of ${result.rounds} paired rounds): **${fixed(result.marginalMs, 0)} ms = ${fixed(result.percentOfBaselineWall, 2)}% of A's full wall time**; ${signed(result.passOverheadPercent)} on the parse-free lint. Output identical to the uncached lint: ${result.identicalOutput ? 'yes' : 'NO'}.`,
  ].join('\n');
}

export function linearReport(result: LinearResult, plugin: string): string {
  const perElementUs = (ms: number, n: number): string => fixed((ms / n) * 1000, 2);
  const number = (n: number): string => n.toLocaleString('en-US');
  return [
    `### Linearity: one long chain, list, set, switch or table (configs.all, typescript-eslint's parser)`,
    '',
    `Plugin: ${plugin}. Fastest of ${result.rounds} lints per size (after a warm-up); 1-minute load average ${fixed(result.loadAverage[0], 2)} before, ${fixed(result.loadAverage[1], 2)} after. "Plugin ms" is the five rules' own time (ESLint stats); the lint without the plugin is parsing and ESLint's traversal.`,
    '',
    table(
      ['shape', 'N', 'without plugin ms', 'with plugin ms', 'parse ms', 'plugin ms', 'plugin µs/element', 'reports'],
      result.rows.map((row) => [
        row.shape,
        number(row.n),
        ms(row.withoutMs),
        ms(row.withMs),
        ms(row.parseMs),
        fixed(row.pluginMs, 1),
        perElementUs(row.pluginMs, row.n),
        String(Object.entries(row.problems).reduce((sum, [rule, count]) => sum + (rule.startsWith('whatsapp-errors/') ? count : 0), 0)),
      ]),
    ),
    '',
    `Time per element at the largest N over the smallest (linear ≈ 1; quadratic ≈ largest N / smallest N):`,
    '',
    table(
      ['shape', 'sizes', 'plugin', 'without plugin', 'fastest-growing rule (its ratio)', 'one typo: no-unknown-code reports'],
      result.shapes.map((shape) => [
        shape.shape,
        `${number(shape.largest)} / ${number(shape.smallest)}${shape.largest < result.sizes.at(-1)! ? ' (budget)' : ''}`,
        `**${fixed(shape.ratio, 2)}**`,
        fixed(shape.withoutRatio, 2),
        `${shape.worstRule.replace('whatsapp-errors/', '')} ${fixed(shape.worstRuleRatio, 2)}`,
        `${shape.typoReports}${shape.typoReports === 1 ? '' : ' (expected 1)'}`,
      ]),
    ),
  ].join('\n');
}

export function typedReport(title: string, result: TypedComparison): string {
  return [
    comparisonReport(title, { baseline: 'CA typed baseline', withOurs: 'CB + recommended', stats: 'config CS; peers from CQ' }, result),
    '',
    `The same files without type information (config P, fresh processes): configs.recommended's rules ${fixed(result.untypedOurRulesMs, 1)} ms; with types **${fixed(result.typedOverUntyped, 2)}×** that, and **${fixed(result.typedBesideTypeCheckedOverUntyped, 2)}×** beside typescript-eslint's type-checked rules (config CT), which have the checker type each file before our rules ask.`,
  ].join('\n');
}

export interface SummaryColumn {
  readonly label: string;
  readonly untyped?: Comparison;
  readonly rulesOnly?: RulesOnlyResult;
  readonly typed?: TypedComparison;
}

/** The ratios the benchmark is for, one column per corpus; the sections below hold the times they come from. */
export function summaryReport(columns: readonly SummaryColumn[]): string {
  const cell = (value: number | undefined, format: (value: number) => string): string => (value === undefined || Number.isNaN(value) ? '–' : format(value));
  const times = (value: number): string => `${fixed(value, 2)}×`;
  const percent = (value: number): string => `${fixed(value, 2)}%`;
  const rows: [string, (column: SummaryColumn) => string][] = [
    ['Files, lines (untyped)', ({ untyped }) => (untyped ? `${untyped.files.toLocaleString('en-US')}, ${untyped.lines.toLocaleString('en-US')}` : '–')],
    [`All our rules together / ${PEER} (ESLint stats, untyped)`, ({ untyped }) => cell(untyped?.ourRulesOverPeer, times)],
    [`Our rules' share of ESLint's wall time, untyped: ESLint stats`, ({ untyped }) => cell(untyped?.ourRulesPercent, percent)],
    [`Our rules' share of ESLint's wall time, untyped: parse-free B − A`, ({ rulesOnly }) => cell(rulesOnly?.percentOfBaselineWall, percent)],
    [`Wall time B / A, untyped (median of per-round ratios; noisy)`, ({ untyped }) => cell(untyped?.pairedOverheadPercent, signed)],
    [`Typed / untyped: our rules' time on the same files (CS / P, fresh processes)`, ({ typed }) => cell(typed?.typedOverUntyped, times)],
    [`Typed / untyped beside typescript-eslint's type-checked rules, which type the file anyway (CT / P)`, ({ typed }) => cell(typed?.typedBesideTypeCheckedOverUntyped, times)],
    [`Our rules' share of ESLint's wall time, typed: ESLint stats`, ({ typed }) => cell(typed?.ourRulesPercent, percent)],
    [`Reports of our rules per 1,000 lines`, ({ untyped }) => cell(untyped?.ourProblemsPerKLines, (value) => fixed(value, 2))],
  ];
  const typedFiles = columns.find((column) => column.typed)?.typed?.files;
  return [
    `### Ratios`,
    '',
    `Below 1× our rules cost less than ${PEER}, which looks at every number too. Shares are of the baseline's (config A, CA) wall time. Typed rows on the first ${typedFiles?.toLocaleString('en-US') ?? '–'} files of each corpus.`,
    '',
    table(['measure', ...columns.map((column) => column.label)], rows.map(([label, value]) => [label, ...columns.map(value)])),
  ].join('\n');
}
