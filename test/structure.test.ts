import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The house rules on size and dependencies (DESIGN.md "Files are small and do one thing"), checked
 * on every run instead of by eye: files in src/ ≤ 300 lines and in sandbox/ and bench/ ≤ 400; classes
 * in src/ ≤ 15 methods and in sandbox/ ≤ 20 (methods, getters, setters and private `#` methods, not
 * the constructor; a property holding an arrow function or function expression is a method too);
 * no import cycle among the project's .ts files, static imports, re-exports, `import type` and
 * dynamic `import('…')` alike.
 */

/**
 * Violations in src/ that exist today and are someone else's to fix (issue 22, items 2–3). The test
 * allows exactly these and fails when one of them disappears, so the list stays true: remove an
 * entry as soon as its violation is gone. sandbox/ and bench/ have none and may not get any.
 */
const KNOWN_SRC_VIOLATIONS: readonly string[] = [];

const root = resolve(import.meta.dirname, '..');
const codeExtensions = new Set(['.ts', '.js', '.mjs', '.cjs', '.css', '.html', '.sh']);
const lineLimits: Record<string, number> = { src: 300, sandbox: 400, bench: 400 };
const methodLimits: Record<string, number> = { src: 15, sandbox: 20 };

/** Project-relative paths with '/' separators, sorted, under the given top-level folders. */
function walk(folder: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  visit(join(root, folder));
  return out.sort();
}

const topFolder = (path: string): string => path.split('/')[0] ?? '';
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const tsFiles = [...['src', 'sandbox', 'bench', 'test'].flatMap(walk), ...readdirSync(root).filter((f) => f.endsWith('.ts'))]
  .filter((f) => f.endsWith('.ts'))
  .sort();
const sources = new Map(tsFiles.map((f) => [f, ts.createSourceFile(f, read(f), ts.ScriptTarget.Latest, true)]));

function fileViolations(): string[] {
  const found: string[] = [];
  for (const folder of Object.keys(lineLimits)) {
    const limit = lineLimits[folder]!;
    for (const file of walk(folder).filter((f) => codeExtensions.has(extname(f)))) {
      const lines = lineCount(read(file));
      if (lines > limit) found.push(`file over ${limit} lines: ${file} (${lines})`);
    }
  }
  return found;
}

function isFunctionValued(member: ts.ClassElement): boolean {
  if (!ts.isPropertyDeclaration(member) || !member.initializer) return false;
  return ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer);
}

/** Methods of a class as the rule counts them: methods, accessors, private `#` ones, function-valued properties; not the constructor. */
function methodCount(node: ts.ClassLikeDeclaration): number {
  return node.members.filter((m) => ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m) || isFunctionValued(m)).length;
}

function classViolations(): string[] {
  const found: string[] = [];
  for (const [file, source] of sources) {
    const limit = methodLimits[topFolder(file)];
    if (limit === undefined) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
        const count = methodCount(node);
        if (count > limit) found.push(`class over ${limit} methods: ${file} ${node.name?.text ?? '(anonymous class)'} (${count})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Every module specifier a file imports: imports (type-only too), re-exports, dynamic import('…') with a literal. */
function specifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A relative specifier as a project file: as written, .js written for .ts, or without its extension. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = relative(root, resolve(root, dirname(from), specifier)).split(sep).join('/');
  const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`];
  return candidates.find((c) => sources.has(c));
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, source] of sources) {
    const targets = specifiers(source).flatMap((s) => resolveSpecifier(file, s) ?? []);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Strongly connected components with a cycle (Tarjan), each as a shortest cycle from its first file. */
function cycles(graph: Map<string, string[]>): Array<{ members: string[]; path: string[] }> {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) connect(node);
  return components.map((members) => ({ members, path: shortestCycle(graph, members[0]!, new Set(members)) }));
}

function shortestCycle(graph: Map<string, string[]>, start: string, within: Set<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!within.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

function cycleViolations(): string[] {
  return cycles(importGraph()).map(({ members, path }) => {
    const key = `import cycle: ${path.join(' -> ')}`;
    return members.length + 1 > path.length ? `${key} (within ${members.join(', ')})` : key;
  });
}

/** The stable part of a violation: what the known list names (counts may change, the violation stays). */
const keyOf = (violation: string): string => violation.replace(/ \((\d+|within .*)\)$/, '');

function unexpected(violations: string[]): string[] {
  return violations.filter((v) => !KNOWN_SRC_VIOLATIONS.includes(keyOf(v)));
}

describe('structure', () => {
  it('keeps files small: src/ ≤ 300 lines, sandbox/ and bench/ ≤ 400', () => {
    expect(unexpected(fileViolations())).toEqual([]);
  });

  it('keeps classes small: ≤ 15 methods in src/, ≤ 20 in sandbox/', () => {
    expect(unexpected(classViolations())).toEqual([]);
  });

  it('has no import cycle among the project’s .ts files, dynamic imports included', () => {
    expect(unexpected(cycleViolations())).toEqual([]);
  });

  it('keeps commands/ and components/ apart: both build on interactions/, neither imports the other', () => {
    const graph = importGraph();
    const crossing = [...graph].flatMap(([from, targets]) =>
      targets
        .filter((to) => (from.startsWith('src/commands/') && to.startsWith('src/components/')) || (from.startsWith('src/components/') && to.startsWith('src/commands/')))
        .map((to) => `${from} imports ${to}`),
    );
    expect(crossing).toEqual([]);
  });

  it('sends nothing with the bot’s token through the gateway client’s REST, whose global pacing is lifted for interaction responses', () => {
    // app/discordClient.ts: the gateway client's REST carries callbacks and interaction-token
    // webhooks only (exempt from Discord's 50/s); anything else goes through the paced REST client.
    const unpaced = /\bclient\.rest\.(get|post|put|patch|delete|request|raw)\(/;
    const senders = tsFiles.filter((f) => f.startsWith('src/') && unpaced.test(read(f)));
    expect(senders).toEqual([]);
    expect(unpaced.test('await interaction.client.rest.post(Routes.channelMessages(id), { body })')).toBe(true);
  });

  it('KNOWN_SRC_VIOLATIONS names only src/ violations that still exist (remove the fixed ones)', () => {
    const current = [...fileViolations(), ...classViolations(), ...cycleViolations()].map(keyOf);
    const outsideSrc = KNOWN_SRC_VIOLATIONS.filter((v) => {
      const paths = v.match(/[\w.-]+\/[\w./@-]+/g) ?? [];
      return paths.length === 0 || !paths.every((p) => p.startsWith('src/'));
    });
    expect(outsideSrc, 'only src/ violations may be tolerated').toEqual([]);
    const gone = KNOWN_SRC_VIOLATIONS.filter((v) => !current.includes(v));
    expect(gone, 'fixed: remove these from KNOWN_SRC_VIOLATIONS in test/structure.test.ts').toEqual([]);
  });

  it('finds what it is meant to find', () => {
    const source = ts.createSourceFile('x.ts', 'class A { constructor() {} a() {} get b() { return 1 } set b(v) {} #c() {} static d() {} e = () => 1; f = 1 }', ts.ScriptTarget.Latest, true);
    const cls = source.statements.find(ts.isClassDeclaration)!;
    expect(methodCount(cls)).toBe(6);
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(cycles(graph).map((c) => c.path)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['d.ts', 'd.ts'],
    ]);
    expect(specifiers(ts.createSourceFile('y.ts', "import type { X } from './x.ts'; export * from './z.ts'; void import('./w.ts');", ts.ScriptTarget.Latest, true))).toEqual(['./x.ts', './z.ts', './w.ts']);
  });
});
