// Where the explorer's browser test finds Chromium: `CHROMIUM_PATH` when set, else Debian's, the
// first `chromium` on the PATH outside node_modules (tools put other binaries there), else
// /usr/bin/chromium.
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** @returns {string} the path of the `chromium` executable, which may not exist */
export function findChromium() {
  const { PATH = "", CHROMIUM_PATH } = process.env;
  if (CHROMIUM_PATH) return CHROMIUM_PATH;
  for (const folder of PATH.split(delimiter)) {
    if (folder === "" || folder.includes("node_modules")) continue;
    const candidate = join(folder, "chromium");
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return "/usr/bin/chromium";
}
