/** The language of the command's words, read from its arguments before they are parsed. */
import type { Locale } from "../vocabulary/languages.js";

/** The language asked for, read before parsing so that a parse error is told in it too. */
export function languageOf(argv: readonly string[]): Locale {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = at < 0 ? undefined : argv[at]?.includes("=") ? argv[at]?.slice("--lang=".length) : argv[at + 1];
  return value === "en" ? "en" : "fr";
}

/** Node's message for a command line it cannot parse, in the language asked for: the option it names, and what is wrong. */
export function parseError(error: Error & { code?: unknown }, lang: Locale): string {
  if (lang === "en") return error.message;
  const option = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `option inconnue : ${option} (un argument qui commence par «\u00a0-\u00a0» se place après «\u00a0--\u00a0»)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `valeur manquante ou en trop pour l’option ${option.split(" ")[0]}`;
    default:
      return `ligne de commande invalide : ${error.message}`;
  }
}
