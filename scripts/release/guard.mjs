// The data-change guard's verdict, for `npm run check:data-changes` (scripts/check-data-changes.mjs),
// which prints it, and for the tests, which call it in-process.
import { loadRelease } from "./baseline.mjs";
import { pendingChangesets, readSnapshot, SNAPSHOT } from "./data-changes.mjs";
import { judge, PACKAGE } from "./judge.mjs";
import { loadSource } from "./source-data.mjs";

/**
 * The guard's verdict on a package's folder: exit status 0 with the line printed on stdout, or 1
 * with the message printed on stderr.
 *
 * @param {string} root the package's folder, in a git clone with its full history
 * @returns {Promise<{ status: 0 | 1, output: string }>}
 */
export async function checkDataChanges(root) {
  const fail = (message) => ({ status: 1, output: `check:data-changes: ${message}` });

  let release;
  let snapshot;
  try {
    release = await loadRelease(root);
    snapshot = readSnapshot(root);
  } catch (error) {
    return fail(error.message);
  }
  const commit = release.commit.slice(0, 7);
  if (snapshot.version !== release.version || JSON.stringify(snapshot.data) !== JSON.stringify(release.data)) {
    return fail(
      `${SNAPSHOT} (version ${snapshot.version}) is not the data of the last release, ${release.version} (commit ${commit}): restore it with \`git checkout ${commit} -- ${SNAPSHOT}\``,
    );
  }

  const { DATASETS, TABLES, ID_ALIASES, diffData } = await loadSource(root);
  const after = { data: DATASETS, tables: TABLES, aliases: ID_ALIASES };
  const verdict = judge({ before: release, after, changesets: pendingChangesets(root), diffData });
  const counted = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  if (verdict.ok) {
    return {
      status: 0,
      output:
        verdict.changes.length === 0
          ? `check:data-changes: the data is that of version ${release.version}`
          : `check:data-changes: ${counted(verdict.changes.length, "change")} since version ${release.version}, each announced; the pending changesets release a ${verdict.highest} version, the changes demand ${verdict.demand}`,
    };
  }

  const message = [`the data differs from that of version ${release.version} (commit ${commit}):`, ""];
  if (verdict.missing.length > 0) {
    message.push(
      `${counted(verdict.missing.length, "line")} missing from the pending changesets; add each, as it stands, to a`,
      `changeset that releases ${PACKAGE} (.changeset/<a-short-name>.md), with the source's words:`,
      "",
      ...verdict.missing.map(({ text }) => text),
      "",
    );
  }
  if (verdict.underReleased.length > 0) {
    message.push(
      `The pending changesets release at most a ${verdict.highest} version (${verdict.releases.map(({ file, bump }) => `${file}: ${bump}`).join(", ") || "none releases the package"}); the data changes demand ${verdict.demand}:`,
      "",
      ...verdict.underReleased.map(({ what, demand }) => `  ${what}: ${demand}`),
      "",
      `Write (or raise) a changeset's front matter: ---\n"${PACKAGE}": ${verdict.demand}\n---`,
      "",
    );
  }
  message.push(
    "A removed record (or an id renamed without an alias, merged into another record, or hidden by an alias",
    "of its own id) is major; an added, moved or renamed record or any changed field but wording is minor;",
    "wording only is patch.",
    "docs/data-policy.md and docs/releasing.md tell more.",
  );
  return fail(message.join("\n"));
}
