// The core of the data-change guard, pure: the last release's data, the data now and the text of
// the pending changesets in; a verdict out. Each change of data demands a release type (removed:
// major; added, moved, renamed or changed in anything but wording: minor; wording: patch) and, but
// for wording, a line in a pending changeset that releases the package. check-data-changes.mjs
// prints the verdict; release:check judges the version step with it.
import { changesToAnnounce } from "./data-changes.mjs";

export const PACKAGE = "bioproduction-fr";
/** Release types, weakest first. */
export const BUMPS = Object.freeze(["none", "patch", "minor", "major"]);
const rank = (bump) => BUMPS.indexOf(bump);
export const highestBump = (bumps) => bumps.reduce((a, b) => (rank(b) > rank(a) ? b : a), "none");

/**
 * A changeset's release of the package and its text, comments and addresses left out: the front
 * matter (`---` … `---`, at the top) must name the package with `patch`, `minor` or `major`;
 * without one, or with an empty one, the changeset releases nothing and its text counts for nothing.
 *
 * @param {string} text the changeset file
 * @returns {{ bump: "none" | "patch" | "minor" | "major", lines: string[] }}
 * @example
 * parseChangeset('---\n"bioproduction-fr": minor\n---\n\n- a: value 1 → 2\n').bump; // "minor"
 */
export function parseChangeset(text, name = PACKAGE) {
  const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return { bump: "none", lines: [] };
  let bump = "none";
  for (const raw of (match[1] ?? "").split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    const entry = /^(["']?)([^"':]+)\1\s*:\s*(["']?)(patch|minor|major)\3$/.exec(line);
    if (entry !== null && entry[2].trim() === name) bump = highestBump([bump, entry[4]]);
  }
  if (bump === "none") return { bump, lines: [] };
  const body = text
    .slice(match[0].length)
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    // Link targets and addresses: an id in a URL is not an announcement.
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[a-z][a-z0-9+.-]*:[^>]*>/gi, " ")
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, " ");
  return { bump, lines: body.split(/\r?\n/) };
}

// ---- Writing and reading values ------------------------------------------------------------

const SPACES = " \u00A0\u202F";

/** A number as the guard prints it: thousands grouped by spaces from 10 000 on, a point for decimals. */
function writeNumber(n) {
  if (Object.is(n, -0)) return "-0";
  if (!Number.isFinite(n)) return String(n);
  const text = String(n);
  if (Math.abs(n) < 10_000 || /e/i.test(text)) return text;
  const [whole, decimals] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, " ");
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/** A field's value as the guard prints it. */
export function writeValue(value) {
  if (value === undefined) return "(none)";
  if (typeof value === "number") return writeNumber(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The number the text starts with, in each of its usual writings: 71000000, 71 000 000, 71_000_000, 71,000,000, 4,2. */
function numbersAt(text) {
  const token = /^[-\u2212]?\d[\d \u00A0\u202F_,.]*(?:e[-+]?\d+)?/i.exec(text)?.[0];
  if (token === undefined) {
    const word = /^[-\u2212]?(NaN|Infinity)\b/.exec(text)?.[0];
    return word === undefined ? [] : [Number(word.replace("\u2212", "-"))];
  }
  const sign = /^[-\u2212]/.test(token) ? -1 : 1;
  const digits = token.replace(/^[-\u2212]/, "");
  const found = [];
  // The longest prefix that is a whole number: grouped by one separator in threes, then decimals.
  for (const separator of ["", ...SPACES, "_", ","]) {
    const group = separator === "" ? "\\d+" : `[1-9]\\d{0,2}(?:${separator === " " ? " " : `\\${separator}`}\\d{3})+`;
    for (const point of separator === "," ? ["."] : [".", ","]) {
      const re = new RegExp(`^(${group})(?:\\${point}(\\d+))?(e[-+]?\\d+)?`, "i");
      const m = re.exec(digits);
      if (m === null) continue;
      // Only a token read whole: "71 000 000" is not 71.
      const rest = digits.slice(m[0].length);
      if (/^[\d_]/.test(rest) || new RegExp(`^[${SPACES},.]\\d`).test(rest)) continue;
      const whole = m[1].split(separator === "" ? /(?!)/ : separator).join("");
      found.push(sign * Number(`${whole}${m[2] === undefined ? "" : `.${m[2]}`}${m[3] ?? ""}`));
    }
  }
  return found;
}

/** Whether `text` starts with a writing of `value` (in backticks or quotes or not). */
export function startsWithValue(text, value) {
  const rest = text.replace(/^[\s`"«\u00A0\u202F]+/, "");
  if (typeof value === "number") return numbersAt(rest).some((n) => Object.is(n, value));
  if (value === undefined) return /^(\(none\)|none|removed)/i.test(rest);
  const written = writeValue(value);
  // A text may open with a quote of its own: it is read with and without the quotes around it.
  return [text.trimStart().replace(/^`/, ""), rest].some(
    (candidate) => candidate.startsWith(written) && !/^[\w-]/.test(candidate.slice(written.length)),
  );
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ARROW = "(?:→|->)";
const ID = (id) => `\`?${escapeRegExp(id)}\`?`;
const BULLET = "^\\s*[-*+]\\s+";
/** A token: a field or a word, not part of a longer one. */
const token = (word) => `(?<![\\w.\\[\\]-])\`?${escapeRegExp(word)}\`?(?![\\w.\\[\\]-])`;

// ---- What each change demands --------------------------------------------------------------

/**
 * A line the guard prints, and the test a changeset's line passes to announce the same thing.
 * `- <id>: <field> <before> → <after>`: the id opens the line, then the field, an arrow and the new value.
 */
function fieldLine(id, { field, before, after }) {
  const open = new RegExp(`${BULLET}${ID(id)}:\\s*(.*)$`);
  const named = new RegExp(`${token(field)}.*?${ARROW}(.*)$`);
  return {
    text: `- ${id}: ${field} ${writeValue(before)} → ${writeValue(after)}`,
    test: (line) => {
      const rest = open.exec(line)?.[1];
      const value = rest === undefined ? undefined : named.exec(rest)?.[1];
      return value !== undefined && startsWithValue(value, after);
    },
  };
}

function addedLine(id, record) {
  // What the record serves: a figure's value, a fact's date or name, an alias's target.
  const key = ["value", "target"].find((name) => record?.[name] !== undefined);
  const value = key === undefined ? undefined : record[key];
  const shown = value === undefined || (typeof value === "object" && value !== null) ? undefined : value;
  const unit = typeof record?.unit === "string" ? ` ${record.unit}` : "";
  const open = new RegExp(`${BULLET}${ID(id)}:\\s*new\\b(.*)$`);
  return {
    text: `- ${id}: new${shown === undefined ? "" : `, ${key} ${writeValue(shown)}${unit}`}`,
    test: (line) => {
      const rest = open.exec(line)?.[1];
      if (rest === undefined) return false;
      if (shown === undefined) return true;
      const after = new RegExp(`${token(key)}(.*)$`).exec(rest)?.[1];
      return after !== undefined && startsWithValue(after, shown);
    },
  };
}

function wordLine(id, word) {
  const re = new RegExp(`${BULLET}${ID(id)}:\\s*${word}\\b`);
  return { text: `- ${id}: ${word}`, test: (line) => re.test(line) };
}

function renameLine(from, to, word) {
  const re = new RegExp(`${BULLET}${ID(from)}\\s*${ARROW}\\s*${ID(to)}:\\s*${word}\\b`);
  return { text: `- ${from} → ${to}: ${word}`, test: (line) => re.test(line) };
}

/** Every id of a record (an object with a string id) in a value. */
function* idsIn(value) {
  if (Array.isArray(value)) for (const item of value) yield* idsIn(item);
  else if (typeof value === "object" && value !== null) {
    if (typeof value.id === "string") yield value.id;
    for (const child of Object.values(value)) yield* idsIn(child);
  }
}

const holderOf = (side) => (typeof side === "string" ? side : (side?.id ?? side?.holder ?? JSON.stringify(side)));

/**
 * Each change of data between two versions, with the release type it demands and the lines that
 * announce it.
 *
 * @param {{ data: object, tables: object, aliases: object }} before the last release's data
 * @param {{ data: object, tables: object, aliases: object }} after the data now
 * @param {Function} diffData the package's diff
 * @returns {{ id: string, what: string, demand: string, lines: { text: string, test: Function }[] }[]}
 */
export function changesOf(before, after, diffData) {
  const all = (side) => {
    const clash = Object.keys(side.tables).find((name) => Object.hasOwn(side.data, name));
    if (clash !== undefined) throw new Error(`the table "${clash}" has the name of a dataset`);
    return { ...side.data, ...side.tables };
  };
  const full = diffData(all(before), all(after), { aliases: after.aliases });
  const diff = changesToAnnounce(full);
  const changes = [];
  const announced = new Set(diff.changed.map(({ dataset, id }) => `${dataset}/${id}`));
  for (const { dataset, id, fields } of diff.changed) {
    changes.push({ id, what: `${dataset}/${id} changed`, demand: "minor", lines: fields.map((f) => fieldLine(id, f)) });
  }
  for (const { dataset, id, record } of diff.added) {
    changes.push({ id, what: `${dataset}/${id} added`, demand: "minor", lines: [addedLine(id, record)] });
  }
  for (const { dataset, id } of diff.removed) {
    changes.push({ id, what: `${dataset}/${id} removed`, demand: "major", lines: [wordLine(id, "removed")] });
  }
  for (const { dataset, from, to, merged, fields } of diff.renamed) {
    changes.push({
      id: from,
      // A merge leaves the old id serving another record: the record it named is gone.
      what: `${dataset}/${from} ${merged ? "merged into" : "renamed"} ${to}`,
      demand: merged ? "major" : "minor",
      lines: [renameLine(from, to, merged ? "merged" : "renamed"), ...fields.map((f) => fieldLine(to, f))],
    });
  }
  for (const { dataset, id, from, to, fields = [] } of full.moved ?? []) {
    const holder = { field: "holder", before: holderOf(from), after: holderOf(to) };
    const moved = changesToAnnounce({ added: [], removed: [], changed: [{ id, fields }] }).changed[0]?.fields ?? [];
    changes.push({
      id,
      what: `${dataset === undefined ? "" : `${dataset}/`}${id} moved`,
      demand: "minor",
      lines: [holder, ...moved].map((f) => fieldLine(id, f)),
    });
  }
  // An alias is resolved before the records: one named like a record serves its target in the record's place.
  const hidden = (side) => {
    const ids = new Set();
    for (const dataset of Object.values(side.data)) for (const id of idsIn(dataset)) ids.add(id);
    return new Map(Object.entries(side.aliases).filter(([id]) => ids.has(id)));
  };
  const hiddenBefore = hidden(before);
  for (const [id, target] of hidden(after)) {
    if (hiddenBefore.get(id) !== target) {
      changes.push({ id, what: `${id}, a record, now serves ${target} as an alias`, demand: "major", lines: [] });
    }
  }
  for (const { dataset, id } of full.changed) {
    if (!announced.has(`${dataset}/${id}`)) {
      changes.push({ id, what: `${dataset}/${id} reworded`, demand: "patch", lines: [] });
    }
  }
  for (const { dataset, fields } of full.datasets) {
    changes.push({
      id: dataset,
      what: `${dataset}: ${fields.map(({ field }) => field).join(", ")}`,
      demand: "patch",
      lines: [],
    });
  }
  return changes;
}

/**
 * The guard's verdict: whether every change of data is announced by a line of a pending changeset
 * that releases the package, and whether the highest release type among them is what the changes
 * demand.
 *
 * @param {{ before: object, after: object, changesets: { file: string, text: string }[], diffData: Function }} input
 * @example
 * judge({ before, after: before, changesets: [], diffData }).ok; // true
 */
export function judge({ before, after, changesets, diffData }) {
  const releases = changesets.map(({ file, text }) => ({ file, ...parseChangeset(text) }));
  const lines = releases.flatMap((release) => release.lines);
  const highest = highestBump(releases.map(({ bump }) => bump));
  const changes = changesOf(before, after, diffData);
  const demand = highestBump(changes.map((change) => change.demand));
  const missing = [];
  const seen = new Set();
  for (const change of changes) {
    for (const line of change.lines) {
      if (seen.has(line.text)) continue;
      seen.add(line.text);
      if (!lines.some((candidate) => line.test(candidate))) missing.push({ change, text: line.text });
    }
  }
  const tooLow = rank(highest) < rank(demand);
  return {
    ok: missing.length === 0 && !tooLow,
    changes,
    missing,
    demand,
    highest,
    /** The changes that demand more than the pending changesets release. */
    underReleased: tooLow ? changes.filter((change) => rank(change.demand) > rank(highest)) : [],
    releases: releases.map(({ file, bump }) => ({ file, bump })),
  };
}

/** The release type a version step made: `0.1.0 → 0.1.1` is a patch, `0.1.0 → 0.2.0` a minor one. */
export function bumpBetween(from, to) {
  const [a, b] = [from, to].map((version) => version.split(/[.+-]/).slice(0, 3).map(Number));
  if (a[0] !== b[0]) return "major";
  if (a[1] !== b[1]) return "minor";
  return a[2] !== b[2] ? "patch" : "none";
}

/**
 * Judges a version step: whether the release type it made (`0.1.0 → 0.1.1`: patch) is at least what
 * the data changes since the last release demand. `npm run release:check` refuses the step otherwise.
 *
 * @param {{ before: object, after: object, from: string, to: string, diffData: Function }} step
 * @example
 * judgeVersionStep({ before, after, from: "0.1.0", to: "0.1.1", diffData }).ok; // false for a new figure
 */
export function judgeVersionStep({ before, after, from, to, diffData }) {
  const { demand, changes } = judge({ before, after, changesets: [], diffData });
  const made = bumpBetween(from, to);
  const short = rank(made) < rank(demand);
  return {
    ok: !short,
    made,
    demand,
    /** The changes that demand more than the step made. */
    why: short ? changes.filter((change) => rank(change.demand) > rank(made)).map(({ what }) => what) : [],
  };
}
