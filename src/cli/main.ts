/**
 * The `bioproduction-fr` command: search, show, list, cite and export the data from a terminal,
 * with no dependency but Node's own `util.parseArgs`. Exit status: 0 on success, 1 for an unknown
 * id (with suggestions), 2 for a usage error (3 when the output cannot be written: see src/cli.ts);
 * `diff` has those of diff(1), 0 same, 1 different, 2 trouble (see src/cli/diff.ts); messages
 * go to stderr.
 */
import { parseArgs } from "node:util";
import { VERSION } from "../index.js";
import { cite, readStyle } from "./cite.js";
import { exportData, list, search } from "./data.js";
import { runDiff } from "./diff.js";
import { UnknownIdError, UsageError } from "./errors.js";
import { languageOf, parseError } from "./language.js";
import { show } from "./show.js";
import { USAGE, USAGE_LINE } from "./usage.js";

/** Where the command's name stands: the first argument that is not an option or an option's value. */
function commandIndex(argv: readonly string[]): number {
  const withValue = new Set(["--lang", "--style", "--format", "--dataset", "--table"]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return i + 1;
    if (withValue.has(arg)) i++;
    else if (!arg.startsWith("-")) return i;
  }
  return -1;
}

/** Runs one command line, writing to `out` and `err`; returns the exit status. */
export function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  // `diff` reads files rather than this package's data, and answers as diff(1) does; it takes the
  // shared options (`--lang`, `--help`) wherever they stand, before or after its name.
  const diffAt = commandIndex(argv);
  if (argv[diffAt] === "diff") return runDiff([...argv.slice(0, diffAt), ...argv.slice(diffAt + 1)], out, err);
  let lang = languageOf(argv);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: "string", default: "fr" },
        style: { type: "string", default: "apa" },
        format: { type: "string" },
        dataset: { type: "string" },
        table: { type: "string" },
        "spreadsheet-safe": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
    if (values.lang !== "fr" && values.lang !== "en") {
      throw new UsageError(`--lang : fr | en (${lang === "fr" ? "reçu" : "got"} ${JSON.stringify(values.lang)})`);
    }
    lang = values.lang;
    if (values.version) {
      out(`${VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === "help") {
      out(`${USAGE[lang]}\n`);
      return 0;
    }
    if (command === undefined) throw new UsageError(lang === "fr" ? "il manque la commande" : "no command given");
    const one = (what: string) => {
      if (rest.length !== 1) {
        throw new UsageError(
          lang === "fr" ? `${command} attend exactement un ${what}` : `${command} needs exactly one ${what}`,
        );
      }
      return rest[0] as string;
    };
    const lines = (output: readonly string[]) => out(output.length === 0 ? "" : `${output.join("\n")}\n`);
    switch (command) {
      case "search":
        lines(search(rest, lang));
        return 0;
      case "show":
        lines(show(one("id"), lang));
        return 0;
      case "list":
        if (rest.length > 1)
          throw new UsageError(
            lang === "fr" ? "list prend au plus un jeu de données" : "list takes at most one dataset",
          );
        lines(list(rest[0], lang));
        return 0;
      case "cite": {
        const style = readStyle(values.style, lang);
        const { out: text, notice } = cite(one("id"), style, lang);
        if (notice !== undefined) err(`${notice}\n`);
        out(text);
        return 0;
      }
      case "export":
        if (rest.length > 0)
          throw new UsageError(lang === "fr" ? "export ne prend pas d’argument" : "export takes no argument");
        if (values.format === undefined) {
          throw new UsageError(
            lang === "fr" ? "export attend --format csv, json ou ndjson" : "export needs --format csv, json or ndjson",
          );
        }
        out(exportData(values.format, values.dataset, values.table, lang, values["spreadsheet-safe"]));
        return 0;
      default:
        throw new UsageError(`${lang === "fr" ? "commande inconnue" : "unknown command"} ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UnknownIdError) {
      err(`${error.say(lang)}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      err(`${error.message}\n${USAGE_LINE[lang]}\n`);
      return 2;
    }
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      err(`${parseError(error, lang)}\n${USAGE_LINE[lang]}\n`);
      return 2;
    }
    throw error;
  }
}
