/** A usage error: the command line itself is wrong. Exit status 2, with the usage. */
export class UsageError extends Error {}

/** An id no look-up knows, with the close ids the package suggests. Exit status 1. */
export class UnknownIdError extends Error {
  constructor(
    readonly id: string,
    readonly near: readonly string[],
  ) {
    super(`id ${JSON.stringify(id.slice(0, 80))} is not known`);
  }

  /** The message in French or English, with the suggestions. */
  say(lang: "fr" | "en"): string {
    const quoted = JSON.stringify(this.id.slice(0, 80));
    const near = this.near.map((n) => JSON.stringify(n)).join(", ");
    if (lang === "fr") {
      return `l’id ${quoted} est inconnu${near === "" ? "" : ` ; vouliez-vous dire ${near} ?`}`;
    }
    return `id ${quoted} is not known${near === "" ? "" : `; did you mean ${near}?`}`;
  }
}
