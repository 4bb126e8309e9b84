/**
 * Rules that make a misread citation hard to write: a hedge in the words is a qualifier on the
 * figure, a period is one the words state, every citation records its check, and every
 * fact-bearing field (a city, a role, a date) stands in the words it cites.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldName } from "../src/core/fold.js";
import { DATASETS } from "../src/datasets.js";
import type { Citation } from "../src/model/common.js";
import { CitationSchema } from "../src/schemas/common.js";
import { fold, hedgesIn } from "./support/hedges.js";
import { citationsIn, factsIn, figuresIn, holdersIn } from "./support/walk.js";

const figures = figuresIn(DATASETS);
const citations = citationsIn(DATASETS);

/** The four-digit years of an ISO date (`"2023-05-16"` → `"2023"`), or none for `--03-25`. */
const yearOf = (date: string) => /^\d{4}/.exec(date)?.[0];

describe("every citation records its check", () => {
  it("finds the citations (a walk that finds none would prove nothing)", () => {
    expect(citations.length).toBeGreaterThan(150);
  });

  it.each(citations.map((c) => [c.excerpt.slice(0, 60), c] as const))("%s…", (_, citation) => {
    expect(CitationSchema.safeParse(citation).error?.issues ?? []).toEqual([]);
    expect(citation.check.date <= new Date().toISOString().slice(0, 10)).toBe(true);
  });
});

/** The source's own address, by id. */
const urls = new Map(DATASETS.sources.sources.map((source) => [source.id, source.url]));

/** Whether `read` is a copy of `page` kept by a web archive: `https://web.archive.org/web/<time>/<page>`. */
const archiveOf = (read: string, page: string) => {
  const kept = /^https:\/\/(?:web\.archive\.org\/web|archive\.(?:ph|today|is))\/\d{4,14}(?:[a-z]{2}_)?\/(.+)$/.exec(
    read,
  )?.[1];
  return kept !== undefined && kept.replace(/^https?:\/\//, "") === page.replace(/^https?:\/\//, "");
};

/** The pages a check may have read: the source's address, the citation's, or an archived copy of either. */
function readable(citation: Citation, sourceUrl: string | null | undefined): boolean {
  const pages = [citation.address, sourceUrl].filter((page): page is string => typeof page === "string");
  const { read } = citation.check;
  return pages.some((page) => read === page || archiveOf(read, page));
}

/** The words of a text that can identify it: four letters or more, or digits, folded. */
const words = (text: string) =>
  new Set(
    foldName(text)
      .split(" ")
      .filter((w) => w.length >= 4 || /\d/.test(w)),
  );

/** Whether a phrasing searched for a page could have found these words: two words in common at least. */
function searchesFor(phrasing: string, excerpt: string): boolean {
  const mine = words(excerpt);
  return [...words(phrasing)].filter((w) => mine.has(w)).length >= 2;
}

describe("every check carries its trace, so that a reviewer can repeat it", () => {
  it.each(citations.map((c) => [c.excerpt.slice(0, 60), c] as const))("%s…", (_, citation) => {
    const { check } = citation;
    expect(check.read, "the address read").toMatch(/^https?:\/\/\S+$/);
    expect(
      readable(citation, urls.get(citation.source)),
      `${check.read} is neither ${citation.source}'s address, the citation's, nor an archived copy`,
    ).toBe(true);
    if (check.status === "not-re-found") {
      expect(check.tried?.length ?? 0, "a page not re-found records the phrasings tried").toBeGreaterThanOrEqual(2);
    }
    for (const phrasing of check.tried ?? []) {
      expect(searchesFor(phrasing, citation.excerpt), `« ${phrasing} » shares no words with the excerpt`).toBe(true);
    }
  });

  it("tells a source's page and its archived copies from any other page", () => {
    const page = "https://www.leem.org/presse/a";
    const cite = (read: string): Citation => ({
      source: "s",
      excerpt: "e",
      check: { date: "2026-12-06", status: "verified", read },
    });
    expect(readable(cite(page), page)).toBe(true);
    expect(readable(cite("https://web.archive.org/web/20250101000000/https://www.leem.org/presse/a"), page)).toBe(true);
    expect(readable(cite("https://archive.ph/20250101/www.leem.org/presse/a"), page)).toBe(true);
    expect(readable({ ...cite("https://mirror.example/a"), address: "https://mirror.example/a" }, page)).toBe(true);
    expect(readable(cite("https://www.leem.org/presse/b"), page)).toBe(false);
    expect(readable(cite("https://web.archive.org/web/20250101000000/https://elsewhere.org/a"), page)).toBe(false);
    expect(readable(cite(page), null)).toBe(false);
  });

  it("tells a phrasing of the excerpt from an unrelated one", () => {
    const excerpt = "Avec 98 786 salariés recensés à fin 2016, soit une progression des effectifs de 0,1 %";
    expect(searchesFor("98 786 salariés recensés à fin 2016", excerpt)).toBe(true);
    expect(searchesFor("Salariés recensés", excerpt)).toBe(true);
    expect(searchesFor("usine de vaccins à Lyon", excerpt)).toBe(false);
    expect(searchesFor("salariés", excerpt)).toBe(false);
  });
});

describe("a hedge in the words is the figure's qualifier", () => {
  // A hedge that bears on another number in the same words is named in the note, in the form
  // "« plus de » bears on the 108 000 employees": quoting the hedge alone explains nothing.
  const explained = (note: string, phrase: string) =>
    new RegExp(`«\\s*${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*»(?: in the same words)? bears on`).test(note);

  it.each(figures.map((f) => [f.id, f] as const))("%s", (_, figure) => {
    const hedges = hedgesIn(figure.citation.excerpt);
    if (hedges.length === 0 || hedges.some((h) => h.qualifiers.includes(figure.qualifier))) return;
    const note = fold(figure.note ?? "");
    expect(hedges.filter((h) => !explained(note, h.phrase)).map((h) => h.phrase)).toEqual([]);
  });
});

describe("a period is one the words state", () => {
  it.each(figures.filter((f) => f.period !== null).map((f) => [f.id, f] as const))("%s", (_, figure) => {
    const said = `${figure.citation.excerpt} ${figure.note ?? ""}`;
    for (const date of [figure.period?.start, figure.period?.end]) {
      const year = date === undefined ? undefined : yearOf(date);
      if (year !== undefined) expect(said, `${year} stated for ${figure.id}`).toContain(year);
    }
  });
});

describe("fact-bearing fields stand in the words they cite", () => {
  it.each(DATASETS.clusters.clusters.map((c) => [c.id, c] as const))("%s's city", (_, cluster) => {
    expect(foldName(cluster.cityCitation.excerpt)).toContain(foldName(cluster.city));
  });

  const roles = holdersIn(DATASETS).flatMap((holder) =>
    holder.people.flatMap((person) => person.roles.map((role) => [person.id, role] as const)),
  );
  // The role's head word, by its stem (« présidée par » states « président »), stands in the words.
  it.each(roles)("a role of %s", (_, role) => {
    const words = foldName(role.citation.excerpt);
    const stems = [role.title.fr, role.title.en].map((title) => foldName(title).split(" ")[0]?.slice(0, 6) ?? "");
    expect(
      stems.some((stem) => words.includes(stem)),
      `${role.title.fr} / ${role.title.en} in ${words}`,
    ).toBe(true);
  });

  const dates = holdersIn(DATASETS).flatMap((holder) => holder.facts.filter((fact) => fact.kind === "date"));
  it.each(dates.map((f) => [f.id, f] as const))("date %s", (_, fact) => {
    const year = yearOf(String(fact.value));
    if (year !== undefined) expect(`${fact.citation.excerpt} ${fact.note ?? ""}`).toContain(year);
  });
});

describe("the method page lists the figures whose pages were not re-found", () => {
  it("exactly those of the data", () => {
    const page = readFileSync(new URL("../docs/sources-and-method.md", import.meta.url), "utf8");
    const section = /<!-- not-re-found:start -->([\s\S]*)<!-- not-re-found:end -->/.exec(page)?.[1] ?? "";
    const listed = [...section.matchAll(/^- `([a-z0-9-]+)`/gm)].map((m) => m[1]).sort();
    // Every figure and fact, wherever it lives (the sector overview holds no people, so a walk of
    // holders would miss it).
    const owners = [...figuresIn(DATASETS), ...factsIn(DATASETS)];
    const unfound = owners.filter((r) => r.citation.check.status === "not-re-found").map((r) => r.id);
    expect(listed).toEqual(unfound.sort());
  });
});
