/**
 * How to write `WhatsAppErrorCode.NAME` at a given place in a file, and what import (if any) makes
 * it resolve. Reuses an existing import (under its local alias, or through a namespace import or
 * a CommonJS `require`), else extends an import from the package, else adds one. Where no import
 * can be added safely (CommonJS, a local that shadows the name) the caller offers a suggestion.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from './scope.js';
import { isRequireOf } from './kit-imports.js';

export interface ConstantSource {
  /** Module the constant object is imported from. */
  readonly importSource: string;
  /** Exported name of the constant object. */
  readonly constantName: string;
}

export interface ConstantReference {
  /** Expression text that names the constant object at the location, e.g. `WhatsAppErrorCode`, `WA`, `kit.WhatsAppErrorCode`. */
  readonly objectText: string;
  /** Adds the import the reference needs; absent when it resolves already. */
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** False when the reference cannot be made to resolve safely: offer it as a suggestion only. */
  readonly safe: boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function resolvesTo(context: Context, at: TSESTree.Node, name: string, declaration: TSESTree.Node): boolean {
  const variable = findVariable(context.sourceCode.getScope(at), name);
  return variable?.defs.some((definition) => definition.node === declaration) ?? false;
}

/** An existing binding of the constant object that is visible at `at`. */
function existingReference(context: Context, at: TSESTree.Node, { importSource, constantName }: ConstantSource): string | undefined {
  for (const statement of context.sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === importSource && statement.importKind !== 'type') {
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type') {
          const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
          if (imported === constantName && resolvesTo(context, at, specifier.local.name, specifier)) return specifier.local.name;
        }
        if (specifier.type === 'ImportNamespaceSpecifier' && resolvesTo(context, at, specifier.local.name, specifier)) {
          return `${specifier.local.name}.${constantName}`;
        }
      }
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (!isRequireOf(declarator.init, importSource)) continue;
        if (declarator.id.type === 'Identifier' && resolvesTo(context, at, declarator.id.name, declarator)) {
          return `${declarator.id.name}.${constantName}`;
        }
        if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'Property' || property.computed || property.value.type !== 'Identifier') continue;
            const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
            if (key === constantName && resolvesTo(context, at, property.value.name, declarator)) return property.value.name;
          }
        }
      }
    }
  }
  return undefined;
}

export function constantReference(context: Context, at: TSESTree.Node, source: ConstantSource): ConstantReference {
  const existing = existingReference(context, at, source);
  if (existing !== undefined) return { objectText: existing, safe: true };

  const { importSource, constantName } = source;
  const program = context.sourceCode.ast;
  const visible = findVariable(context.sourceCode.getScope(at), constantName);
  const moduleScope = context.sourceCode.scopeManager?.scopes.find((scope) => scope.type === 'module');
  // An import can only be added where both the parser and the scope analysis see an ES module.
  if (program.sourceType !== 'module' || !moduleScope || visible !== null || moduleScope.set.has(constantName)) {
    return { objectText: constantName, safe: false };
  }

  const imports = program.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === 'ImportDeclaration');
  const fromPackage = imports.find(
    (declaration) =>
      declaration.source.value === importSource &&
      declaration.importKind !== 'type' &&
      !declaration.specifiers.some((specifier) => specifier.type === 'ImportNamespaceSpecifier') &&
      declaration.specifiers.length > 0,
  );
  if (fromPackage) {
    const named = fromPackage.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
    const last = named.at(-1);
    // `import Def, {} from '…'` already has braces: the name goes inside them.
    const emptyBraces = last ? null : context.sourceCode.getTokenAfter(fromPackage.specifiers[0]!, { filter: (token) => token.value === '{' || token.value === 'from' });
    return {
      objectText: constantName,
      safe: true,
      addImport: (fixer) =>
        last
          ? fixer.insertTextAfter(last, `, ${constantName}`)
          : emptyBraces?.value === '{'
            ? fixer.insertTextAfter(emptyBraces, ` ${constantName} `)
            : fixer.insertTextAfter(fromPackage.specifiers[0]!, `, { ${constantName} }`),
    };
  }
  const quote = imports[0]?.source.raw.startsWith('"') ? '"' : "'";
  const statement = `import { ${constantName} } from ${quote}${importSource}${quote};`;
  const lastImport = imports.at(-1);
  return {
    objectText: constantName,
    safe: true,
    addImport: (fixer) => (lastImport ? fixer.insertTextAfter(lastImport, `\n${statement}`) : fixer.insertTextBefore(program.body[0]!, `${statement}\n`)),
  };
}
