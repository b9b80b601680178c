/** Plain-text tables of the benchmark results, for the terminal and for docs/performance.md. */
import type { CheckResult } from './checks.js';
import { OUR_RULES } from './configs.js';
import type { RulesOnlyResult } from './rules-only.js';
import type { Comparison, MemoryResult, ScalingRow } from './sections.js';

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
    `configs.recommended's rules' own time (ESLint stats, ${labels.stats}): ${fixed(result.ourRulesMs, 1)} ms = **${fixed(result.ourRulesPercent, 2)}%** of the baseline's wall time. Parsing alone: ${ms(result.parseMs)} ms.`,
    `Output identical in every round: ${result.stableOutput ? 'yes' : 'NO'}. Problems reported: ${problems || 'none'}.`,
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

export function rulesOnlyReport(result: RulesOnlyResult): string {
  return [
    `### Without parsing (the same lint, every file's AST cached after one pass)`,
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
