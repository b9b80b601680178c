/**
 * Making a kit export (`WhatsAppErrorCode`) resolve in a file, for fixes and suggestions: what
 * binding already names it at a place, and the one insertion that adds it where none does.
 *
 * The file is read once per `(package, export)` and the answer kept on its `Program`, so asking
 * for every literal of a 50,000-line file costs a scope look-up each, not a walk of the file.
 *
 * - An existing binding is reused: a named import (under its alias), a namespace import, a
 *   `require` of the package (`const kit = require(…)`, `const { WhatsAppErrorCode: WA } = …`).
 * - Else an import or `require` of the package gains the name (`import { categoryOf, X }`,
 *   `const { categoryOf, X } = require(…)`).
 * - Else a statement is added: `import { X } from <module>;` in an ES module, or
 *   `const { X } = require(<module>);` in CommonJS, written in the file's quotes and semicolon style,
 *   after the last import (or the leading run of `require`s), else after the directive prologue
 *   (`'use client'`, `'use strict'`), else after the file's header (`#!`, `// @ts-check`,
 *   `// @flow`, a license block, a comment set off by a blank line), else at the top.
 *
 * CommonJS is recognised by the parser's or ESLint's `sourceType`, the `.cjs` extension, or by
 * content: a file without `import`/`export` that calls `require(…)` at its top level or assigns
 * `module.exports` / `exports.x`. A script with no module system gets no insertion (suggestions
 * only), and neither does a file where the name is taken in module scope or, at the place, by a
 * local that would shadow the new binding.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isRequireOf } from './kit-imports.js';
import { perFile } from './per-file.js';
import { findVariable, scopeAt } from './scope.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ConstantSource {
  /** Module the constant object is imported from. */
  readonly importSource: string;
  /** Exported name of the constant object. */
  readonly constantName: string;
}

/** How the file talks to other modules: the syntax an added binding must be written in. */
export type ModuleSyntax = 'esm' | 'commonjs' | 'script';

/** The one insertion that makes the export resolve in the file. */
export interface Addition {
  /** `import` (a new import statement), `require` (a new `require`), `extend` (a name added to an existing one), `promote` (a type-only import of the name made a value import). */
  readonly kind: 'import' | 'require' | 'extend' | 'promote';
  /** For `promote`: the import specifier whose binding then names the value too. */
  readonly promotes?: TSESTree.Node;
  /** Where the text goes (an insertion: start and end are equal). */
  readonly offset: number;
  readonly text: string;
  fix(fixer: TSESLint.RuleFixer): TSESLint.RuleFix;
}

/** How the export can be written at one place in the file. */
export type Access =
  /** A binding resolves there already: `objectText` is `WhatsAppErrorCode`, `WA` or `kit.WhatsAppErrorCode`. */
  | { readonly status: 'bound'; readonly objectText: string }
  /** The file's `addition` makes `objectText` resolve there. */
  | { readonly status: 'addable'; readonly objectText: string; readonly addition: Addition }
  /** Nothing can be added safely: a replacement that names the export is a suggestion to review. */
  | { readonly status: 'unsafe'; readonly objectText: string };

export interface ConstantAccess {
  readonly syntax: ModuleSyntax;
  /** The insertion that adds the binding, where one can be added safely anywhere in the file. */
  readonly addition: Addition | undefined;
  at(node: TSESTree.Node): Access;
}

interface Candidate {
  /** The declaration (import specifier, declarator) the local name must resolve to. */
  readonly declaration: TSESTree.Node;
  readonly local: string;
  readonly objectText: string;
}

/** Per lint (its `SourceCode`): a caching parser hands one `Program` node to many lints. */
const accessesOf = perFile(() => new Map<string, ConstantAccess>());

/** The file's access to `source`'s export, computed once per file. */
export function constantAccess(context: Context, source: ConstantSource): ConstantAccess {
  const accesses = accessesOf(context.sourceCode);
  const key = `${source.importSource}\u0000${source.constantName}`;
  let access = accesses.get(key);
  if (!access) accesses.set(key, (access = createAccess(context, source)));
  return access;
}

function createAccess(context: Context, source: ConstantSource): ConstantAccess {
  const sourceCode = context.sourceCode;
  const { constantName } = source;
  const candidates = bindingCandidates(context.sourceCode.ast, source);
  const syntax = moduleSyntax(context);
  let addition: Addition | undefined | null = null;
  const additionOnce = (): Addition | undefined => (addition === null ? (addition = planAddition(context, source, syntax)) : addition);

  /** What a scope sees; every literal of a function asks the same question, so it is answered once per scope. */
  const byScope = new Map<TSESLint.Scope.Scope, Access>();
  function inScope(scope: TSESLint.Scope.Scope): Access {
    for (const candidate of candidates) {
      const variable = findVariable(scope, candidate.local);
      if (variable?.defs.some((definition) => definition.node === candidate.declaration)) return { status: 'bound', objectText: candidate.objectText };
    }
    const planned = additionOnce();
    // A local of the same name between the place and the module scope would shadow the new binding.
    const visible = planned && findVariable(scope, constantName);
    if (!planned || (visible && !visible.defs.some((definition) => definition.node === planned.promotes))) return { status: 'unsafe', objectText: constantName };
    return { status: 'addable', objectText: constantName, addition: planned };
  }

  // Where no scope below the file's own declares one of the names, every place sees what the
  // file's scope sees: one answer for the file, no scope walk per literal. Worth checking (every
  // scope of the file) only in a file with many literals to fix.
  let asked = 0;
  let unshadowedScope: TSESLint.Scope.Scope | null | undefined;
  const scopeOf = (node: TSESTree.Node): TSESLint.Scope.Scope => {
    if (unshadowedScope === undefined && ++asked > WALKS_BEFORE_SHORTCUT) unshadowedScope = unshadowedFileScope(sourceCode, [constantName, ...candidates.map((candidate) => candidate.local)]);
    return unshadowedScope ?? scopeAt(sourceCode, node);
  };

  return {
    syntax,
    get addition() {
      return additionOnce();
    },
    at(node) {
      const scope = scopeOf(node);
      let access = byScope.get(scope);
      if (!access) byScope.set(scope, (access = inScope(scope)));
      // A `require` runs where it stands: a top-level use before it would meet it uninitialised.
      if (access.status === 'addable' && syntax !== 'esm' && node.range[0] < access.addition.offset) return { status: 'unsafe', objectText: constantName };
      return access;
    },
  };
}

/** Literals placed by walking to their scope before the file is checked for shadowing names. */
const WALKS_BEFORE_SHORTCUT = 16;

/** The scope of the file's top-level statements (the module scope, or the global scope of a script), if no scope inside it declares one of `names`. */
function unshadowedFileScope(sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): TSESLint.Scope.Scope | null {
  const manager = sourceCode.scopeManager;
  const fileScope = manager && (manager.acquire(sourceCode.ast, true) ?? manager.globalScope);
  if (!manager || !fileScope) return null;
  for (const scope of manager.scopes) {
    if (scope === fileScope || !names.some((name) => scope.set.has(name))) continue;
    // A declaration outside the file's scope (the global scope around a module) shadows nothing in it.
    for (let current: TSESLint.Scope.Scope | null = scope.upper; current; current = current.upper) if (current === fileScope) return null;
  }
  return fileScope;
}

// ── Existing bindings ──────────────────────────────────────────────────────────────────────

function bindingCandidates(program: TSESTree.Program, { importSource, constantName }: ConstantSource): Candidate[] {
  const candidates: Candidate[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.source.value !== importSource || statement.importKind === 'type') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type') {
          const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
          if (imported === constantName) candidates.push({ declaration: specifier, local: specifier.local.name, objectText: specifier.local.name });
        } else if (specifier.type === 'ImportNamespaceSpecifier') {
          candidates.push({ declaration: specifier, local: specifier.local.name, objectText: `${specifier.local.name}.${constantName}` });
        }
      }
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (!isRequireOf(declarator.init, importSource)) continue;
        if (declarator.id.type === 'Identifier') candidates.push({ declaration: declarator, local: declarator.id.name, objectText: `${declarator.id.name}.${constantName}` });
        else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'Property' || property.computed || property.value.type !== 'Identifier') continue;
            const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
            if (key === constantName) candidates.push({ declaration: declarator, local: property.value.name, objectText: property.value.name });
          }
        }
      }
    }
  }
  return candidates;
}

// ── Which module system ────────────────────────────────────────────────────────────────────

const TYPESCRIPT_FILE = /\.[cm]?tsx?$/i;

export function isTypeScriptFile(filename: string): boolean {
  return TYPESCRIPT_FILE.test(filename);
}

/** `import`/`export` syntax, `require` calls and `module.exports` at the top level decide; then the extension and `sourceType`. */
export function moduleSyntax(context: Context): ModuleSyntax {
  const program = context.sourceCode.ast;
  const filename = context.filename;
  const sourceType = (context.languageOptions as { sourceType?: string } | undefined)?.sourceType;
  const parsedAs = program.sourceType as string;
  const content = moduleContent(program);
  if (parsedAs === 'module' && (content === 'esm' || /\.m[jt]s$/i.test(filename))) return 'esm';
  if (parsedAs !== 'module' || sourceType === 'commonjs') {
    // A script can hold no import; it is CommonJS when it says so (sourceType, .cjs, require, module.exports) or `require` is a declared global.
    if (sourceType === 'commonjs' || parsedAs === 'commonjs' || /\.c[jt]s$/i.test(filename) || content === 'commonjs') return 'commonjs';
    return context.sourceCode.scopeManager?.globalScope?.set.has('require') ? 'commonjs' : 'script';
  }
  // Parsed as a module: TypeScript compiles an import to what the project emits; JavaScript that uses require is CommonJS.
  if (isTypeScriptFile(filename)) return 'esm';
  if (/\.cjs$/i.test(filename) || content === 'commonjs') return 'commonjs';
  return 'esm';
}

function moduleContent(program: TSESTree.Program): 'esm' | 'commonjs' | undefined {
  let commonJs = false;
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportNamedDeclaration':
      case 'TSExportAssignment':
        return 'esm';
      case 'VariableDeclaration':
        if (statement.declarations.some((declarator) => requireCallIn(declarator.init))) commonJs = true;
        break;
      case 'ExpressionStatement':
        if (requireCallIn(statement.expression) || assignsExports(statement.expression)) commonJs = true;
        break;
      default:
        break;
    }
  }
  return commonJs ? 'commonjs' : undefined;
}

function isRequireCall(node: TSESTree.Node | null | undefined): boolean {
  return node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1;
}

/** `require(<module>)`, `require(<module>).y`, `require(<module>)(…)`, `require(<module>).config()`. */
function requireCallIn(node: TSESTree.Node | null | undefined): boolean {
  let current: TSESTree.Node | null | undefined = node;
  for (let depth = 0; current && depth < 8; depth++) {
    const next: TSESTree.Node = current;
    if (isRequireCall(current)) return true;
    if (next.type === 'MemberExpression') current = next.object;
    else if (next.type === 'CallExpression') current = next.callee;
    else if (next.type === 'ChainExpression') current = next.expression;
    else if (next.type === 'AwaitExpression') current = next.argument;
    else return false;
  }
  return false;
}

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`, `Object.defineProperty(exports, …)`. */
function assignsExports(expression: TSESTree.Expression): boolean {
  if (expression.type === 'AssignmentExpression') {
    let target: TSESTree.Node = expression.left;
    while (target.type === 'MemberExpression') {
      if (target.object.type === 'Identifier' && (target.object.name === 'exports' || (target.object.name === 'module' && !target.computed && target.property.type === 'Identifier' && target.property.name === 'exports'))) return true;
      target = target.object;
    }
    return false;
  }
  return expression.type === 'CallExpression' && expression.arguments.some((argument) => argument.type === 'Identifier' && argument.name === 'exports');
}

// ── Where and how to add it ────────────────────────────────────────────────────────────────

function planAddition(context: Context, source: ConstantSource, syntax: ModuleSyntax): Addition | undefined {
  if (syntax === 'script') return undefined;
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const { importSource, constantName } = source;
  const top = sourceCode.scopeManager?.acquire(program, true) ?? sourceCode.scopeManager?.globalScope;
  if (!top) return undefined;
  if (syntax === 'esm' && (program.sourceType !== 'module' || top.type !== 'module')) return undefined;
  if (top.set.has(constantName)) return syntax === 'esm' ? promoteTypeImport(context, source, top.set.get(constantName)!) : undefined;
  if (syntax === 'esm') {
    return extendImport(context, source) ?? newStatement(context, syntax, `import { ${constantName} } from ${quoted(context, importSource)}`);
  }
  if (top.type === 'global' && top.set.get(constantName)?.defs.length) return undefined;
  return extendRequire(context, source) ?? newStatement(context, syntax, requireStatement(context, source));
}

function insertion(kind: Addition['kind'], offset: number, text: string): Addition {
  return { kind, offset, text, fix: (fixer) => fixer.insertTextAfterRange([offset, offset], text) };
}

/**
 * `import type { WhatsAppErrorCode } from <module>` (the type of the same name) becomes
 * `import { WhatsAppErrorCode } from <module>`, which names the type and the value; the other names of
 * a type-only import stay types (`import { type ErrorCategory, WhatsAppErrorCode }`).
 */
function promoteTypeImport(context: Context, { importSource, constantName }: ConstantSource, variable: TSESLint.Scope.Variable): Addition | undefined {
  const sourceCode = context.sourceCode;
  const specifier = variable.defs.length === 1 ? variable.defs[0]!.node : undefined;
  if (specifier?.type !== 'ImportSpecifier' || specifier.parent.type !== 'ImportDeclaration') return undefined;
  const declaration = specifier.parent;
  const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
  if (declaration.source.value !== importSource || imported !== constantName || specifier.local.name !== constantName) return undefined;
  const edits: [number, number, string][] = [];
  if (declaration.importKind === 'type') {
    const typeToken = sourceCode.getFirstToken(declaration, 1);
    if (typeToken?.value !== 'type') return undefined;
    edits.push([typeToken.range[0], sourceCode.getTokenAfter(typeToken)!.range[0], '']);
    for (const other of declaration.specifiers) {
      if (other === specifier) continue;
      if (other.type !== 'ImportSpecifier') return undefined;
      edits.push([other.range[0], other.range[0], 'type ']);
    }
  } else if (specifier.importKind === 'type') {
    const typeToken = sourceCode.getFirstToken(specifier);
    if (typeToken?.value !== 'type') return undefined;
    edits.push([typeToken.range[0], sourceCode.getTokenAfter(typeToken)!.range[0], '']);
  } else {
    return undefined;
  }
  const start = edits[0]![0];
  const end = edits.at(-1)![1];
  let text = '';
  let at = start;
  for (const [from, to, insert] of edits) {
    text += sourceCode.text.slice(at, from) + insert;
    at = to;
  }
  return { kind: 'promote', offset: start, text, promotes: specifier, fix: (fixer) => fixer.replaceTextRange([start, end], text) };
}

/** `import { categoryOf } from <module>` → `import { categoryOf, X } from <module>`; `import Def from <module>` → `import Def, { X } from <module>`. */
function extendImport(context: Context, { importSource, constantName }: ConstantSource): Addition | undefined {
  const sourceCode = context.sourceCode;
  const declaration = sourceCode.ast.body.find(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === 'ImportDeclaration' &&
      statement.source.value === importSource &&
      statement.importKind !== 'type' &&
      statement.specifiers.length > 0 &&
      !statement.specifiers.some((specifier) => specifier.type === 'ImportNamespaceSpecifier'),
  );
  if (!declaration) return undefined;
  const last = declaration.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier').at(-1);
  if (last) return insertion('extend', last.range[1], `, ${constantName}`);
  // `import Def, {} from <module>` already has braces: the name goes inside them.
  const first = declaration.specifiers[0]!;
  const brace = sourceCode.getTokenAfter(first, { filter: (token) => token.value === '{' || token.value === 'from' });
  return brace?.value === '{' ? insertion('extend', brace.range[1], ` ${constantName} `) : insertion('extend', first.range[1], `, { ${constantName} }`);
}

/** `const { categoryOf } = require(<module>)` → `const { categoryOf, X } = require(<module>)`. */
function extendRequire(context: Context, { importSource, constantName }: ConstantSource): Addition | undefined {
  for (const statement of context.sourceCode.ast.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      if (!isRequireOf(declarator.init, importSource) || declarator.id.type !== 'ObjectPattern') continue;
      const properties = declarator.id.properties;
      const last = properties.at(-1);
      if (!last || last.type === 'RestElement') continue;
      return insertion('extend', last.range[1], `, ${constantName}`);
    }
  }
  return undefined;
}

function requireStatement(context: Context, { importSource, constantName }: ConstantSource): string {
  const ecmaVersion = (context.languageOptions as { ecmaVersion?: number | 'latest' } | undefined)?.ecmaVersion;
  const request = `require(${quoted(context, importSource)})`;
  // ES5 has neither `const` nor destructuring.
  if (typeof ecmaVersion === 'number' && ecmaVersion <= 5) return `var ${constantName} = ${request}.${constantName}`;
  const last = leadingRequires(context.sourceCode.ast).findLast((statement) => statement.type === 'VariableDeclaration');
  const keyword = last?.type === 'VariableDeclaration' ? last.kind : undefined;
  return `${keyword === 'var' || keyword === 'let' ? keyword : 'const'} { ${constantName} } = ${request}`;
}

/** The statements an added `import`/`require` goes after. */
function newStatement(context: Context, syntax: 'esm' | 'commonjs', statementText: string): Addition {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const anchorStatement = syntax === 'esm' ? lastImport(program) : leadingRequires(program).at(-1);
  const semicolon = usesSemicolons(context, anchorStatement);
  const statement = `${statementText}${semicolon ? ';' : ''}`;
  if (anchorStatement) return afterAnchor(context, anchorStatement.range[1], statement, syntax, semicolon, false);
  const directives = directivePrologue(program);
  if (directives.length > 0) return afterAnchor(context, directives.at(-1)!.range[1], statement, syntax, semicolon, true);
  const header = headerEnd(context);
  if (header !== undefined) return afterAnchor(context, header, statement, syntax, semicolon, true);
  // At the top, before the first comment or token.
  const first = sourceCode.getAllComments()[0]?.range[0] ?? program.body[0]?.range[0] ?? 0;
  const start = Math.min(first, program.body[0]?.range[0] ?? first);
  return insertion(syntax === 'esm' ? 'import' : 'require', start, `${guarded(context, statement, syntax, semicolon, start)}\n`);
}

/**
 * After a statement or comment, past the comments on the rest of its line. A blank line after a
 * directive or header stays between it and the new statement.
 */
function afterAnchor(context: Context, end: number, statement: string, syntax: 'esm' | 'commonjs', semicolon: boolean, keepBlankLine: boolean): Addition {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  let offset = end;
  const line = sourceCode.getLocFromIndex(end).line;
  for (let comment = sourceCode.getTokenAfter({ range: [end, end] } as TSESTree.Node, { includeComments: true }); comment; ) {
    if ((comment.type !== 'Line' && comment.type !== 'Block') || comment.loc.start.line !== line || comment.loc.end.line !== line) break;
    offset = comment.range[1];
    comment = sourceCode.getTokenAfter(comment, { includeComments: true });
  }
  const blank = keepBlankLine && /^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(offset, offset + 200));
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  // `const a = require(<module>)\n;[1].forEach(…)`: the anchor ends mid-line, so the rest of the line moves below the new statement.
  const next = sourceCode.getTokenAfter({ range: [offset, offset] } as TSESTree.Node, { includeComments: true });
  const rest = next && next.loc.start.line === sourceCode.getLocFromIndex(offset).line ? newline : '';
  return insertion(syntax === 'esm' ? 'import' : 'require', offset, `${newline}${blank ? newline : ''}${guarded(context, statement, syntax, semicolon, offset)}${rest}`);
}

/** Without semicolons, a `require(…)` followed by a line starting with `(`, `[` or `` ` `` would call or index it: it gets one. */
function guarded(context: Context, statement: string, syntax: 'esm' | 'commonjs', semicolon: boolean, offset: number): string {
  if (semicolon || syntax === 'esm') return statement;
  const next = context.sourceCode.getTokenAfter({ range: [offset, offset] } as TSESTree.Node);
  return next && /^[([`+\-/]/.test(next.value) ? `${statement};` : statement;
}

function lastImport(program: TSESTree.Program): TSESTree.Node | undefined {
  let last: TSESTree.Node | undefined;
  for (const statement of program.body) if (statement.type === 'ImportDeclaration' || statement.type === 'TSImportEqualsDeclaration') last = statement;
  return last;
}

/** The `require` statements that open the file, after its directives. */
function leadingRequires(program: TSESTree.Program): TSESTree.Statement[] {
  const requires: TSESTree.Statement[] = [];
  for (const statement of program.body.slice(directivePrologue(program).length)) {
    const isRequire =
      (statement.type === 'VariableDeclaration' && statement.declarations.every((declarator) => requireCallIn(declarator.init))) ||
      (statement.type === 'ExpressionStatement' && requireCallIn(statement.expression));
    if (!isRequire) break;
    requires.push(statement);
  }
  return requires;
}

/** `'use client'`, `"use server"`, `'use strict'`: the string statements that open the file. */
export function directivePrologue(program: TSESTree.Program): TSESTree.ExpressionStatement[] {
  const directives: TSESTree.ExpressionStatement[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'Literal' || typeof statement.expression.value !== 'string') break;
    directives.push(statement);
  }
  return directives;
}

const PRAGMA = /^\s*(?:@ts-(?:no)?check\b|@(?:no)?flow\b|eslint-disable(?!-next-line|-line)|eslint-env\b|globals?\s|jshint\b|@jsx|@vitest-environment|@jest-environment|@license|@preserve|#region)/;
const LICENSE = /\b(?:license|licensed|copyright|spdx-license-identifier)\b|^!/i;

/** The end of the file's header: a shebang, pragmas (`@ts-check`, `@flow`), a license, or comments set off from the code by a blank line. */
function headerEnd(context: Context): number | undefined {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  const firstToken = sourceCode.ast.body[0]?.range[0] ?? text.length;
  let end: number | undefined = text.startsWith('#!') ? text.indexOf('\n') === -1 ? text.length : text.indexOf('\n') : undefined;
  const comments = sourceCode.getAllComments();
  for (let index = 0; index < comments.length; index++) {
    const comment = comments[index]!;
    if (comment.range[0] >= firstToken) break;
    const type = comment.type as string;
    const next = comments[index + 1]?.range[0] ?? firstToken;
    const setOff = /\r?\n[ \t]*\r?\n/.test(text.slice(comment.range[1], Math.min(next, firstToken)));
    if (type === 'Shebang' || PRAGMA.test(comment.value) || (type === 'Block' && LICENSE.test(comment.value)) || setOff) end = comment.range[1];
  }
  return end;
}

// ── The file's style ───────────────────────────────────────────────────────────────────────

/** `'…'` or `"…"`, as the file's imports and requires (or else most of its strings) are written. */
function quoted(context: Context, value: string): string {
  const program = context.sourceCode.ast;
  let quote: string | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') quote = statement.source.raw[0];
    else if (statement.type === 'VariableDeclaration') {
      const call = statement.declarations.find((declarator) => isRequireCall(declarator.init))?.init as TSESTree.CallExpression | undefined;
      const argument = call?.arguments[0];
      if (argument?.type === 'Literal' && typeof argument.value === 'string') quote = argument.raw[0];
    }
    if (quote) break;
  }
  if (!quote) {
    let single = 0;
    let double = 0;
    // The first strings say the style: a file is written in one (25 strings, within its first 500 tokens).
    const tokens = program.tokens ?? [];
    for (let index = 0; index < tokens.length && index < 500 && single + double < 25; index++) {
      const token = tokens[index]!;
      if (token.type !== 'String') continue;
      if (token.value.startsWith('"')) double++;
      else single++;
    }
    quote = double > single ? '"' : "'";
  }
  const escaped = value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** Whether the file ends its statements with `;`: as its imports or requires do, or most of its statements (directives too: `'use client'` without one is a file without them). */
function usesSemicolons(context: Context, anchor: TSESTree.Node | undefined): boolean {
  const sourceCode = context.sourceCode;
  // A statement ends where its last token does: its last character says whether that is a `;`.
  const endsWithSemicolon = (statement: TSESTree.Node): boolean => sourceCode.text.charCodeAt(statement.range[1] - 1) === 59;
  if (anchor) return endsWithSemicolon(anchor);
  let withSemicolon = 0;
  let without = 0;
  const queue: TSESTree.Node[] = [...sourceCode.ast.body];
  for (let index = 0; index < queue.length && withSemicolon + without < 50 && index < 2000; index++) {
    const statement = queue[index]!;
    switch (statement.type) {
      case 'VariableDeclaration':
      case 'ExpressionStatement':
      case 'ReturnStatement':
      case 'ThrowStatement':
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'BreakStatement':
      case 'ContinueStatement':
        if (endsWithSemicolon(statement)) withSemicolon++;
        else without++;
        break;
      case 'FunctionDeclaration':
        queue.push(...statement.body.body);
        break;
      case 'IfStatement':
        if (statement.consequent.type === 'BlockStatement') queue.push(...statement.consequent.body);
        break;
      case 'BlockStatement':
        queue.push(...statement.body);
        break;
      case 'ExportNamedDeclaration':
        if (statement.declaration) queue.push(statement.declaration);
        else if (endsWithSemicolon(statement)) withSemicolon++;
        else without++;
        break;
      default:
        break;
    }
  }
  return withSemicolon >= without;
}
