// The README and the guides reach users inside the installed package (node_modules, and registry
// pages that show the tarball): every relative link resolves to a file the tarball holds.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./entries.js";

/** The files `npm pack` would put in the tarball (the build and `npm run docs` ran before). */
const packed: string[] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" }),
)[0].files.map((file: { path: string }) => file.path);

/** Every Markdown link and image of a text outside code blocks: `[words](target)`. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? "");
}

const shippedMarkdown = packed.filter((file) => file.endsWith(".md"));
const relativeLinks = shippedMarkdown.flatMap((file) =>
  links(readFileSync(join(root, file), "utf8"))
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => ({ file, target, path: normalize(join(dirname(file), decodeURI(target.split("#")[0] ?? ""))) })),
);

describe("the guides in the tarball", () => {
  it("ship the README, the changelog and the guides of docs/, not the API site", () => {
    expect(packed).toEqual(expect.arrayContaining(["README.md", "CHANGELOG.md", "docs/getting-started.md"]));
    expect(packed.filter((file) => file.startsWith("docs/api/"))).toEqual([]);
  });

  it("finds the README's links to the guides, so the check below can fail", () => {
    expect(relativeLinks.filter(({ file }) => file === "README.md").length).toBeGreaterThanOrEqual(7);
  });

  it.each(relativeLinks)("$file links to $target, which the tarball holds", ({ path }) => {
    expect(packed).toContain(path);
  });

  it("links to no code host: the package has no public repository yet", () => {
    const hosts = shippedMarkdown.flatMap((file) =>
      links(readFileSync(join(root, file), "utf8")).filter((target) =>
        /github\.com|gitlab\.com|bitbucket\.org/.test(target),
      ),
    );
    expect(hosts).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect([pkg.repository, pkg.homepage, pkg.bugs, pkg.publishConfig?.provenance]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
