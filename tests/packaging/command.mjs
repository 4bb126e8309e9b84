// @ts-check
// The `bioproduction-fr` command as users get it: packs the package, installs the tarball into a
// fresh project (without zod) and runs the installed bin, through npm's .bin link and through a
// link of another name, in a shell with real pipes. Checks exit statuses (0, 1 unknown id, 2 usage,
// 3 output not written), what goes to stdout and to stderr, a reader that closes the pipe early,
// a full disk, hostile ids, and one record of every kind. Prints ok / not ok lines; exits 1 on a
// failure. Needs bash and /dev/full (Linux).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

let passed = 0;
let failed = 0;
/** @param {string} name @param {() => string | undefined} fn a failure's detail, or nothing */
function check(name, fn) {
  let problem;
  try {
    problem = fn();
  } catch (error) {
    problem = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  if (problem === undefined) passed++;
  else failed++;
  console.log(
    `${problem === undefined ? "ok" : "not ok"} - ${name}${problem === undefined ? "" : `\n  ${problem.replace(/\n/g, "\n  ")}`}`,
  );
}

const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-command-"));
try {
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, encoding: "utf8" });
  const tarball = join(work, packed.trim().split("\n").pop() ?? "");
  const project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-the-command", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], {
    cwd: project,
    stdio: "pipe",
  });
  const bin = join(project, "node_modules/.bin", pkg.name);
  const renamed = join(work, "bpfr");
  symlinkSync(bin, renamed);
  console.log(`# installed ${tarball}`);

  /**
   * Runs a shell line with $BIN set to the installed command; returns its status and outputs.
   * @param {string} line
   * @param {string} [command]
   */
  const shell = (line, command = bin) => {
    const result = spawnSync("bash", ["-c", line], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, BIN: command },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  /** @param {string[]} args */
  const cli = (...args) => shell(`"$BIN" ${args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ")}`);
  /** A stack trace or Node's report of an unhandled error. @param {string} text */
  const crashed = (text) => /\n\s+at |Unhandled|TypeError|node:internal/.test(text);

  check("show <a biocluster>: exit 0, the record on stdout, nothing on stderr", () => {
    const { status, stdout, stderr } = cli("show", "genother");
    if (status !== 0 || stderr !== "") return `exit ${status}, stderr ${stderr}`;
    return stdout.startsWith("GenoTher (genother, biocluster)\n") ? undefined : stdout.slice(0, 200);
  });

  check("show <unknown id>: exit 1, suggestions on stderr, nothing on stdout", () => {
    const { status, stdout, stderr } = cli("show", "genother-budget", "--lang", "en");
    if (status !== 1 || stdout !== "") return `exit ${status}, stdout ${stdout}`;
    return stderr.includes('"genother-budget-article"') && stderr.trim().split("\n").length === 1 ? undefined : stderr;
  });

  check("usage errors: exit 2, a short message on stderr, nothing on stdout", () => {
    for (const args of [
      ["frobnicate"],
      ["search", ""],
      ["search", "!!!"],
      ["export", "--format", "xml"],
      ["--nope"],
      [],
    ]) {
      const { status, stdout, stderr } = cli(...args);
      if (status !== 2 || stdout !== "" || !stderr.includes("--help") || crashed(stderr)) {
        return `${JSON.stringify(args)}: exit ${status}, stdout ${stdout.slice(0, 100)}, stderr ${stderr}`;
      }
    }
    return undefined;
  });

  check("-h, --help and help: exit 0, the help on stdout", () => {
    for (const args of [["-h"], ["--help"], ["help"]]) {
      const { status, stdout, stderr } = cli(...args);
      if (status !== 0 || !stdout.includes("bioproduction-fr <") || stderr !== "") return `${args}: exit ${status}`;
    }
    return undefined;
  });

  check("hostile ids (__proto__, constructor, toString…): exit 1, one line, no stack trace", () => {
    for (const command of ["show", "cite"]) {
      for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty", "__defineGetter__"]) {
        const { status, stdout, stderr } = cli(command, id);
        if (status !== 1 || stdout !== "" || crashed(stderr) || stderr.trim().split("\n").length !== 1) {
          return `${command} ${id}: exit ${status}\n${stderr}`;
        }
      }
    }
    return undefined;
  });

  check("show finds one record of every kind", () => {
    const kinds = {
      figure: "genother-budget-article",
      fact: "genother-founders",
      source: "leem-barometer-2025",
      biocluster: "genother",
      "cluster name": "GenoTher",
      "emission factor": "monoclonal-antibodies",
      series: "shift-project-medicines-footprint",
      disagreement: "leem-2025-price-gap",
      organisation: "france-biolead",
      survey: "leem-barometer-2025",
      report: "shift-project-2025",
      programme: "france-2030-bioclusters",
    };
    for (const [kind, id] of Object.entries(kinds)) {
      const { status, stdout, stderr } = cli("show", id);
      if (status !== 0 || stdout === "" || stderr !== "") return `${kind} ${id}: exit ${status} ${stderr}`;
    }
    return undefined;
  });

  check("cite <a figure> --style apa|bibtex|csl: exit 0", () => {
    const apa = cli("cite", "genother-budget-article", "--style", "apa", "--lang", "en");
    if (!apa.stdout.startsWith("Sandokchi, S. (2025, June 19). ")) return apa.stdout;
    const bibtex = cli("cite", "genother-budget-article", "--style", "bibtex");
    if (!bibtex.stdout.startsWith("@article{france-biolead-2025-06-19,")) return bibtex.stdout;
    const csl = JSON.parse(cli("cite", "genother-budget-article", "--style", "csl").stdout);
    return csl.id === "france-biolead-2025-06-19" ? undefined : JSON.stringify(csl);
  });

  for (const format of ["csv", "json", "ndjson"]) {
    check(`export --format ${format} | head -1: exit 0, nothing on stderr`, () => {
      const { status, stdout, stderr } = shell(
        `"$BIN" export --format ${format} 2>stderr.txt | head -1; exit "\${PIPESTATUS[0]}"`,
      );
      const errors = readFileSync(join(project, "stderr.txt"), "utf8");
      if (status !== 0 || errors !== "" || stderr !== "") return `exit ${status}\n${errors}${stderr}`;
      return stdout.split("\n").length === 2 ? undefined : `${stdout.split("\n").length - 1} lines read`;
    });
  }

  check("export > /dev/full: one line on stderr, exit 3", () => {
    if (!existsSync("/dev/full")) return "no /dev/full on this system";
    const { status, stderr } = shell(`"$BIN" export --format csv > /dev/full`);
    if (status !== 3 || crashed(stderr)) return `exit ${status}\n${stderr}`;
    return stderr.trim().split("\n").length === 1 ? undefined : stderr;
  });

  check("run through a link of another name, the command still runs", () => {
    const { status, stdout } = shell(`"$BIN" --version`, renamed);
    return status === 0 && stdout === `${pkg.version}\n` ? undefined : `exit ${status}: ${JSON.stringify(stdout)}`;
  });
} finally {
  rmSync(work, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
