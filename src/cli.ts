/**
 * The `bioproduction-fr` command's entry point (see src/cli/main.ts for what it does): runs the
 * command when this file is the program Node started, through whatever link or name, and ends
 * quietly when the reader of its output goes away (`… | head -1`).
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { main } from "./cli/main.js";

/** Exit status when the output cannot be written (a full disk, a closed file). */
const WRITE_FAILED = 3;

/** Whether Node was started on this very file, through a symlink of any name (npm's `.bin` links). */
function isProgram(): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** A closed reader is the reader's choice: stop, successfully. Any other write error is one line on stderr. */
function writeFailed(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(0);
  try {
    process.stderr.write(`bioproduction-fr: cannot write the output: ${error.code ?? error.message}\n`);
  } finally {
    process.exit(WRITE_FAILED);
  }
}

if (isProgram()) {
  process.stdout.on("error", writeFailed);
  process.exitCode = main(
    process.argv.slice(2),
    (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        writeFailed(error as NodeJS.ErrnoException);
      }
    },
    (text) => process.stderr.write(text),
  );
}
