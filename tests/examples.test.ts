// Runs every example of the documentation: the `@example` blocks of the doc comments under src/,
// every code block of README.md and of the guides in docs/ that is TypeScript or JavaScript, and
// the scripts in examples/. (The guides' other blocks are shell, Python, R and plain text.)
// Each example is written to .tmp/examples/, imported (the names `bioproduction-fr` and
// `bioproduction-fr/<subpath>` resolve to the source, see vitest.config.ts) and type-checked.
//
// A line `expression; // <value>` is checked: the expression must equal the value (a JavaScript
// literal; `…` in an array or object leaves the rest out). `// throws "<code>"` expects a throw,
// each quoted string being the error's code, its argument or a part of its message, and
// `// includes <value>` expects an array holding the value. Any other comment is prose. A remark
// may follow the value after `(`, `:` or `,`: `// "21 000" (U+202F between the groups)`. When
// the remark names U+00A0 or U+202F, the example writes those spaces as plain spaces, and the
// check compares the text with them read as spaces.
//
// `console.log(…); // → <text>` checks what the line prints (as console.log writes its values),
// and lines `// → <text>` right below it the next printed lines; a line that ends with `…` is
// the start of the printed line, and a last line `// → …` leaves the rest out. No-break spaces
// are read as spaces there. In README.md and the guides, every console.log has its output
// written beside it, as `// → …` or as a `// <value>` of its one argument.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import ts from "typescript";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const root = resolve(import.meta.dirname, "..");
const out = join(root, ".tmp/examples");

/** What a checked line expects. */
type Expectation =
  | { readonly kind: "equals"; readonly value: unknown; readonly spaces: boolean }
  | { readonly kind: "includes"; readonly value: unknown }
  | { readonly kind: "throws"; readonly words: readonly string[]; readonly bioproductionError: boolean }
  | { readonly kind: "prints"; readonly lines: readonly string[] };

interface Check {
  readonly line: number;
  readonly text: string;
  readonly expectation: Expectation;
}

interface Example {
  /** Where the example stands: `src/clusters/lookup.ts:13` or `docs/recipes.md:12`. */
  readonly name: string;
  /** The code as written in the documentation. */
  readonly code: string;
  /** The file the example is written to, as run and type-checked. */
  readonly file: string;
  readonly checks: readonly Check[];
  /** The console.log lines of a guide whose output the guide does not write beside them. */
  readonly unchecked: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Extraction

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** The `@example` blocks of a source file's doc comments, with the line each starts on. */
function docExamples(path: string): { line: number; code: string }[] {
  const text = readFileSync(path, "utf8");
  const found: { line: number; code: string }[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (comment[1] ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    const start = lineOf(text, comment.index ?? 0);
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]?.startsWith("@example")) continue;
      let end = i + 1;
      while (end < lines.length && !lines[end]?.startsWith("@")) end++;
      const body = lines.slice(i + 1, end);
      const fenced = body.join("\n").match(/```[a-z]*\n([\s\S]*?)```/);
      const code = (fenced ? (fenced[1] ?? "") : body.join("\n")).trim();
      if (code !== "") found.push({ line: start + i + 1, code });
    }
  }
  return found;
}

/** The code blocks of a Markdown file that run in Node: TypeScript and JavaScript. */
const RUNNABLE_FENCES = ["ts", "typescript", "js", "javascript", "mjs", "mts"];

/** The TypeScript and JavaScript blocks of a Markdown file. */
function markdownExamples(path: string): { line: number; code: string }[] {
  const text = readFileSync(path, "utf8");
  const fences = RUNNABLE_FENCES.join("|");
  return [...text.matchAll(new RegExp(`^\`\`\`(?:${fences})\\n([\\s\\S]*?)^\`\`\``, "gm"))].map((block) => ({
    line: lineOf(text, block.index ?? 0) + 1,
    code: (block[1] ?? "").trimEnd(),
  }));
}

const sourceFiles = (readdirSync(join(root, "src"), { recursive: true }) as string[])
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".test-d.ts"))
  .map((file) => join("src", file))
  .sort();
const markdownFiles = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => join("docs", file)),
];

// ---------------------------------------------------------------------------------------------
// Expectations

const ELIDED = "__ELIDED__";
const elided = Symbol("…");

/** The value of a literal expression (`elided` marks a `…`), or `undefined` for anything else. */
function literal(node: ts.Expression): { value: unknown } | undefined {
  if (ts.isParenthesizedExpression(node)) return literal(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { value: node.text };
  if (ts.isNumericLiteral(node)) return { value: Number(node.text.replaceAll("_", "")) };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isIdentifier(node)) {
    const named: Record<string, unknown> = { undefined, NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY };
    if (node.text === ELIDED) return { value: elided };
    return Object.hasOwn(named, node.text) ? { value: named[node.text] } : undefined;
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const operand = literal(node.operand);
    return typeof operand?.value === "number" ? { value: -operand.value } : undefined;
  }
  if (ts.isArrayLiteralExpression(node)) {
    const values: unknown[] = [];
    for (const element of node.elements) {
      const value = literal(element);
      if (value === undefined) return undefined;
      values.push(value.value);
    }
    return { value: values };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const value: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === ELIDED) {
        value[ELIDED] = elided;
        continue;
      }
      if (!ts.isPropertyAssignment(property)) return undefined;
      const name = property.name;
      if (!ts.isIdentifier(name) && !ts.isStringLiteral(name) && !ts.isNumericLiteral(name)) return undefined;
      const inner = literal(property.initializer);
      if (inner === undefined) return undefined;
      value[name.text] = inner.value;
    }
    return { value };
  }
  return undefined;
}

/** Reads `text` as a literal, allowing `…` where an array element or an object property would stand. */
function readLiteral(text: string): { value: unknown } | undefined {
  const marked = text.replace(/(?<=[[{,]\s*)…(?=\s*[\]},])/g, ELIDED);
  const file = ts.createSourceFile("value.ts", `(${marked});`, ts.ScriptTarget.ES2022, true);
  const [statement] = file.statements;
  const parsed = file as unknown as { parseDiagnostics: readonly unknown[] };
  if (parsed.parseDiagnostics.length > 0 || file.statements.length !== 1) return undefined;
  if (statement === undefined || !ts.isExpressionStatement(statement)) return undefined;
  return literal(statement.expression);
}

/** The quoted strings of a comment. */
function quoted(text: string): string[] {
  return [...text.matchAll(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g)].map((match) => {
    const literalText = match[0];
    return literalText.startsWith('"') ? JSON.parse(literalText) : literalText.slice(1, -1).replace(/\\(.)/g, "$1");
  });
}

/** What a trailing comment expects, or `undefined` when it is prose. */
function expectationOf(comment: string): Expectation | undefined {
  const text = comment.trim();
  if (/^throws\b/.test(text)) {
    return { kind: "throws", words: quoted(text), bioproductionError: text.includes("BioproductionError") };
  }
  const includes = text.match(/^includes\s+(.*)$/);
  if (includes) {
    const value = readLiteral(includes[1] ?? "");
    return value === undefined ? undefined : { kind: "includes", value: value.value };
  }
  // The longest start of the comment that is a literal, followed by nothing or by a remark.
  for (let end = text.length; end > 0; end--) {
    const rest = text.slice(end);
    if (rest !== "" && !/^\s*[(:,;]/.test(rest)) continue;
    const value = readLiteral(text.slice(0, end));
    if (value !== undefined) return { kind: "equals", value: value.value, spaces: /U\+(00A0|202F)/.test(rest) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Writing the examples

/** The `// → <text>` lines right after `end` in `code`, each one printed line. */
function printedBelow(code: string, end: number): string[] {
  const lines: string[] = [];
  const rest = code.slice(end).split("\n").slice(1);
  for (const line of rest) {
    const printed = /^\s*\/\/ →(?: (.*))?$/.exec(line);
    if (printed === null) break;
    lines.push(printed[1] ?? "");
  }
  return lines;
}

/**
 * Expression statements with a trailing `// …` on their own line, replaced by recorded checks;
 * console.log calls with `// → …` replaced by a recorder of what they print. `unchecked` lists
 * the console.log lines with neither.
 */
function instrument(code: string): { code: string; checks: Check[]; unchecked: string[] } {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: { start: number; end: number; replacement: (id: number) => string; check: Check }[] = [];
  const unchecked: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      const expression = node.expression;
      const isConsole =
        ts.isCallExpression(expression) &&
        ts.isPropertyAccessExpression(expression.expression) &&
        expression.expression.expression.getText(file) === "console";
      const isLog = isConsole && (expression.expression as ts.PropertyAccessExpression).name.text === "log";
      const [comment] = ts.getTrailingCommentRanges(code, node.end) ?? [];
      const sameLine = comment !== undefined && !code.slice(node.end, comment.pos).includes("\n");
      const commentText =
        sameLine && comment.kind === ts.SyntaxKind.SingleLineCommentTrivia
          ? code.slice(comment.pos + 2, comment.end)
          : "";
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      const printedHere = /^ →(?: (.*))?$/.exec(commentText);
      const below = printedBelow(code, sameLine ? (comment?.end ?? node.end) : node.end);
      if (isLog && (printedHere !== null || below.length > 0)) {
        const lines = [...(printedHere === null ? [] : [printedHere[1] ?? ""]), ...below];
        const args = (expression as ts.CallExpression).arguments.map((arg) => arg.getText(file)).join(", ");
        found.push({
          start: node.getStart(file),
          end: node.end,
          replacement: (id) => `__example.output(${id}, ${args});`,
          check: { line, text: node.getText(file), expectation: { kind: "prints", lines } },
        });
      } else if (sameLine && comment.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
        const expectation = expectationOf(commentText);
        // `console.log(x); // value` promises x's value too: it is checked like `x; // value`.
        const args = isConsole ? (expression as ts.CallExpression).arguments : undefined;
        if (expectation !== undefined && args !== undefined && args.length !== 1) {
          throw new Error(`console.log with ${args.length} values and one expected value: ${node.getText(file)}`);
        }
        const checked = (args?.[0] ?? expression).getText(file);
        if (expectation !== undefined) {
          found.push({
            start: node.getStart(file),
            end: node.end,
            replacement: (id) => `__example.check(${id}, () => (${checked}));`,
            check: { line, text: code.slice(node.getStart(file), comment.end), expectation },
          });
        } else if (isLog) {
          unchecked.push(`line ${line}: ${node.getText(file)}`);
        }
      } else if (isLog) {
        unchecked.push(`line ${line}: ${node.getText(file)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = code;
  const checks: Check[] = [];
  for (const [index, item] of [...found].reverse().entries()) {
    const id = found.length - 1 - index;
    result = `${result.slice(0, item.start)}${item.replacement(id)}${result.slice(item.end)}`;
    checks[id] = item.check;
  }
  return { code: result, checks, unchecked };
}

/** The names a module exports as values, for the examples of internal functions. */
function valueExports(path: string): string[] {
  const text = readFileSync(join(root, path), "utf8");
  // Overloads declare a function more than once: each name once.
  const names = [...text.matchAll(/^export (?:async )?(?:function|const|let|class) ([A-Za-z_$][\w$]*)/gm)];
  return [...new Set(names.map((m) => m[1] ?? ""))];
}

/**
 * An example of a function that is not exported by the package imports nothing from it: it gets
 * the values of its own module, and its relative imports resolve from its own folder.
 */
function withImports(code: string, origin: string, file: string): string {
  const fromHere = (target: string) => {
    const path = relative(dirname(file), join(root, dirname(origin), target)).replaceAll("\\", "/");
    return path.startsWith(".") ? path : `./${path}`;
  };
  const rewritten = code.replace(/from "(\.{1,2}\/[^"]+)"/g, (_, target: string) => `from "${fromHere(target)}"`);
  if (/from "bioproduction-fr(\/[^"]*)?"/.test(code) || !origin.startsWith("src/")) return rewritten;
  const imported = new Set(
    [...code.matchAll(/import \{([^}]*)\}/g)].flatMap((m) => (m[1] ?? "").split(",")).map((n) => n.trim()),
  );
  const names = valueExports(origin).filter((name) => !imported.has(name));
  const own =
    names.length === 0
      ? ""
      : `import { ${names.join(", ")} } from "${fromHere(`./${origin.split("/").pop()?.replace(/\.ts$/, ".js")}`)}";\n`;
  return `${own}${rewritten}`;
}

const examples: Example[] = [];
const slug = (text: string) => text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
const add = (origin: string, line: number, code: string) => {
  const name = `${origin}:${line}`;
  const file = join(out, `${String(examples.length).padStart(3, "0")}-${slug(name)}.ts`);
  const instrumented = instrument(code);
  examples.push({
    name,
    code,
    file,
    checks: instrumented.checks,
    // The doc comments of src/ may log in passing; the guides write what each line prints.
    unchecked: origin.startsWith("src/") ? [] : instrumented.unchecked,
  });
  return withImports(instrumented.code, origin, file);
};
const written = new Map<string, string>();
for (const origin of sourceFiles) {
  for (const { line, code } of docExamples(join(root, origin))) {
    const text = add(origin, line, code);
    written.set(examples.at(-1)?.file ?? "", text);
  }
}
for (const origin of markdownFiles) {
  for (const { line, code } of markdownExamples(join(root, origin))) {
    const text = add(origin, line, code);
    written.set(examples.at(-1)?.file ?? "", text);
  }
}

// ---------------------------------------------------------------------------------------------
// Running and checking

interface Outcome {
  readonly value?: unknown;
  readonly error?: unknown;
  readonly threw: boolean;
}

const outcomes = new Map<number, Outcome>();
const recorder = {
  check(id: number, run: () => unknown) {
    try {
      outcomes.set(id, { value: run(), threw: false });
    } catch (error) {
      outcomes.set(id, { error, threw: true });
    }
  },
  /** What one console.log line prints, as console.log writes it; a line run twice prints twice. */
  output(id: number, ...values: unknown[]) {
    const before = outcomes.get(id)?.value;
    const text = format(...values);
    outcomes.set(id, { value: before === undefined ? text : `${before}\n${text}`, threw: false });
  },
};

/** Checks printed text against the `// → …` lines below it. */
function matchPrinted(printed: string, expected: readonly string[], where: string): void {
  const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  const actual = spaces(printed).split("\n");
  const open = expected.at(-1) === "…";
  const lines = open ? expected.slice(0, -1) : expected;
  const shown = `${where}\nprinted:\n${actual.map((line) => `// → ${line}`).join("\n")}`;
  if (open) expect(actual.length, shown).toBeGreaterThanOrEqual(lines.length);
  else expect(actual.length, shown).toBe(lines.length);
  lines.forEach((line, i) => {
    const got = actual[i] ?? "";
    if (line.endsWith("…")) expect(got.startsWith(spaces(line.slice(0, -1))), shown).toBe(true);
    else expect(got, shown).toBe(spaces(line));
  });
}

/** Whether a value read from a comment leaves something out. */
function hasElision(value: unknown): boolean {
  if (value === elided) return true;
  return value !== null && typeof value === "object" && Object.values(value).some(hasElision);
}

/** Asserts that `actual` matches `expected`, where `elided` leaves the rest of an array or object out. */
function match(actual: unknown, expected: unknown, spaces: boolean, where: string): void {
  if (!hasElision(expected) && !spaces) {
    expect(actual, where).toEqual(expected);
  } else if (Array.isArray(expected) && expected.at(-1) === elided) {
    expect(Array.isArray(actual), `${where}: an array`).toBe(true);
    const prefix = expected.slice(0, -1);
    expect((actual as unknown[]).length, `${where}: length`).toBeGreaterThanOrEqual(prefix.length);
    prefix.forEach((item, i) => {
      match((actual as unknown[])[i], item, spaces, `${where}[${i}]`);
    });
  } else if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    const partial = Object.hasOwn(expected, ELIDED);
    expect(actual, `${where}: an object`).toBeTypeOf("object");
    const keys = Object.keys(expected).filter((key) => key !== ELIDED);
    if (!partial) {
      const present = Object.entries(actual as object).filter(([, value]) => value !== undefined);
      expect(present.map(([key]) => key).sort(), `${where}: keys`).toEqual(keys.sort());
    }
    for (const key of keys) {
      match(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        spaces,
        `${where}.${key}`,
      );
    }
  } else if (spaces && typeof actual === "string") {
    expect(actual.replace(/[\u00a0\u202f]/g, " "), where).toEqual(expected);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

function verify(check: Check, outcome: Outcome | undefined): void {
  const where = `line ${check.line}: ${check.text}`;
  expect(outcome, `${where}: the line did not run`).toBeDefined();
  const { expectation } = check;
  if (expectation.kind === "throws") {
    expect(outcome?.threw, `${where}: expected a throw`).toBe(true);
    const error = outcome?.error as { name?: string; code?: string; argument?: string; message?: string };
    if (expectation.bioproductionError) expect(error.name, where).toBe("BioproductionError");
    for (const word of expectation.words) {
      const said = [error.code, error.argument].includes(word) || (error.message ?? "").includes(word);
      expect(
        said,
        `${where}: ${JSON.stringify(word)} is not the error's code, argument or message (${error.message})`,
      ).toBe(true);
    }
    return;
  }
  if (outcome?.threw) throw new Error(`${where}: threw ${String(outcome.error)}`);
  if (expectation.kind === "prints") {
    matchPrinted(String(outcome?.value), expectation.lines, where);
  } else if (expectation.kind === "includes") {
    expect(outcome?.value, where).toContainEqual(expectation.value);
  } else {
    match(outcome?.value, expectation.value, expectation.spaces, where);
  }
}

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [file, text] of written) writeFileSync(file, `${text}\n\nexport {};\n`);
  writeFileSync(
    join(out, "globals.d.ts"),
    "declare var __example: { check(id: number, run: () => unknown): void; output(id: number, ...values: unknown[]): void };\n",
  );
  const src = relative(out, join(root, "src")).replaceAll("\\", "/");
  const json = relative(out, join(root, "json")).replaceAll("\\", "/");
  writeFileSync(
    join(out, "tsconfig.json"),
    `${JSON.stringify(
      {
        extends: relative(out, join(root, "tsconfig.json")).replaceAll("\\", "/"),
        compilerOptions: {
          noEmit: true,
          paths: {
            "bioproduction-fr": [`${src}/index.ts`],
            "bioproduction-fr/json/*": [`${json}/*`],
            "bioproduction-fr/*": [`${src}/*/index.ts`],
          },
        },
        include: ["*.ts", `${src}/env.d.ts`],
      },
      null,
      2,
    )}\n`,
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  // A guide shows how to set zod's locale; the next example starts from zod's default again.
  z.config(z.locales.en());
});

describe("the documentation's examples", () => {
  it("are found in the code, the README and the guides", () => {
    const origins = new Set(examples.map((example) => example.name.split(":")[0]));
    expect(origins).toContain("README.md");
    expect([...origins].filter((origin) => origin?.startsWith("src/")).length).toBeGreaterThan(10);
    expect([...origins].filter((origin) => origin?.startsWith("docs/")).length).toBeGreaterThanOrEqual(3);
    expect(examples.reduce((sum, example) => sum + example.checks.length, 0)).toBeGreaterThan(100);
  });

  it("leave no code block unrun: every block of a guide is run, or is shell, Python, R or text", () => {
    const others = ["sh", "python", "r", "text"];
    for (const origin of markdownFiles) {
      const fences = [...readFileSync(join(root, origin), "utf8").matchAll(/^```(\S*)$/gm)].map((m) => m[1] ?? "");
      // Fences open and close in pairs: the opening ones are every other.
      const languages = fences.filter((_, i) => i % 2 === 0);
      for (const language of languages)
        expect([...RUNNABLE_FENCES, ...others], `${origin}: \`\`\`${language}`).toContain(language);
    }
  });

  it.each(examples.map((example) => [example.name, example] as const))("%s runs as documented", async (_, example) => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    outcomes.clear();
    (globalThis as { __example?: typeof recorder }).__example = recorder;
    await import(pathToFileURL(example.file).href);
    for (const [id, check] of example.checks.entries()) verify(check, outcomes.get(id));
    expect(example.unchecked, "console.log lines whose output the guide does not write (// → …)").toEqual([]);
  });

  // In the test's process, through the compiler's API, and for the examples' files only: the
  // sources and the libraries they import are type-checked by `npm run typecheck`, under the same
  // options; checking them again here, in a spawned tsc, doubled this test's time. An error in an
  // example that comes from a source's type (a wrong argument, a missing export) is still reported.
  it("type-check", { timeout: 120_000 }, () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(out, "tsconfig.json"),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
        },
      },
    );
    if (config === undefined) throw new Error(`${join(out, "tsconfig.json")} could not be read`);
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const own = program.getSourceFiles().filter((file) => resolve(file.fileName).startsWith(`${out}/`));
    expect(own.map((file) => resolve(file.fileName)).sort()).toEqual(
      [...examples.map((example) => example.file), join(out, "globals.d.ts")].sort(),
    );
    const diagnostics = [
      ...config.errors,
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...own.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ];
    if (diagnostics.length === 0) return;
    const names = new Map(examples.map((example) => [relative(root, example.file), example.name]));
    const report = ts
      .formatDiagnostics(diagnostics, {
        getCanonicalFileName: (file) => file,
        getCurrentDirectory: () => root,
        getNewLine: () => "\n",
      })
      .replace(/\.tmp\/examples\/[^(:\s]+\.ts/g, (file) => `${file} (${names.get(file) ?? "?"})`);
    expect.fail(`the examples do not type-check:\n${report}`);
  });
});

describe("the scripts in examples/", () => {
  const scripts = readdirSync(join(root, "examples"))
    .filter((file) => file.endsWith(".mjs"))
    .sort();

  it.each(scripts)("examples/%s runs", async (script) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await import(pathToFileURL(join(root, "examples", script)).href);
    expect(log).toHaveBeenCalled();
  });
});
