/**
 * Lists the functions of the source longer than a limit (60 lines unless told), longest first: the
 * issue's "a function over 60 lines is split into named steps". A function's length is its lines from
 * its first to its last, comments and blank lines included; a function inside another counts apart too.
 *
 *   npx tsx scripts/function-lengths.ts [--over 60] [folder or file …]   (default: src)
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

interface Length {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => sourceFiles(join(path, name)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith(".d.ts"));
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  return "(anonymous)";
}

function lengthsIn(file: string): Length[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Length[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node)
    ) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, line: first + 1, name: nameOf(node, source), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const args = process.argv.slice(2);
const overAt = args.indexOf("--over");
const limit = overAt >= 0 ? Number(args[overAt + 1]) : 60;
const paths = overAt >= 0 ? args.filter((_, i) => i !== overAt && i !== overAt + 1) : args;
const long = (paths.length > 0 ? paths : ["src"])
  .flatMap(sourceFiles)
  .flatMap(lengthsIn)
  .filter((f) => f.lines > limit)
  .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
for (const f of long) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
console.log(`${long.length} functions over ${limit} lines`);
