import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { foldName } from "../core/fold.js";
import { deepFreeze } from "../core/freeze.js";
import { closest } from "../core/suggest.js";

/**
 * The regions of France (metropolitan and overseas) by their code in the Code officiel
 * géographique (INSEE), with their French names: `REGIONS["11"]` is `"Île-de-France"`.
 *
 * @example
 * import { REGIONS } from "bioproduction-fr/clusters";
 * REGIONS["84"]; // "Auvergne-Rhône-Alpes"
 *
 * @category Places
 */
export const REGIONS = /* @__PURE__ */ deepFreeze({
  "01": "Guadeloupe",
  "02": "Martinique",
  "03": "Guyane",
  "04": "La Réunion",
  "06": "Mayotte",
  "11": "Île-de-France",
  "24": "Centre-Val de Loire",
  "27": "Bourgogne-Franche-Comté",
  "28": "Normandie",
  "32": "Hauts-de-France",
  "44": "Grand Est",
  "52": "Pays de la Loire",
  "53": "Bretagne",
  "75": "Nouvelle-Aquitaine",
  "76": "Occitanie",
  "84": "Auvergne-Rhône-Alpes",
  "93": "Provence-Alpes-Côte d'Azur",
  "94": "Corse",
} as const);

/**
 * A region's code in the Code officiel géographique, such as `"11"` (Île-de-France); names in
 * {@link REGIONS}.
 *
 * @category Places
 */
export type RegionCode = keyof typeof REGIONS;

/**
 * The departments of France (metropolitan and overseas) by their code in the Code officiel
 * géographique, with their French name and the code of their region.
 *
 * @example
 * import { DEPARTMENTS } from "bioproduction-fr/clusters";
 * DEPARTMENTS["91"]; // { name: "Essonne", region: "11" }
 *
 * @category Places
 */
export const DEPARTMENTS = /* @__PURE__ */ deepFreeze({
  "01": { name: "Ain", region: "84" },
  "02": { name: "Aisne", region: "32" },
  "03": { name: "Allier", region: "84" },
  "04": { name: "Alpes-de-Haute-Provence", region: "93" },
  "05": { name: "Hautes-Alpes", region: "93" },
  "06": { name: "Alpes-Maritimes", region: "93" },
  "07": { name: "Ardèche", region: "84" },
  "08": { name: "Ardennes", region: "44" },
  "09": { name: "Ariège", region: "76" },
  "10": { name: "Aube", region: "44" },
  "11": { name: "Aude", region: "76" },
  "12": { name: "Aveyron", region: "76" },
  "13": { name: "Bouches-du-Rhône", region: "93" },
  "14": { name: "Calvados", region: "28" },
  "15": { name: "Cantal", region: "84" },
  "16": { name: "Charente", region: "75" },
  "17": { name: "Charente-Maritime", region: "75" },
  "18": { name: "Cher", region: "24" },
  "19": { name: "Corrèze", region: "75" },
  "21": { name: "Côte-d'Or", region: "27" },
  "22": { name: "Côtes-d'Armor", region: "53" },
  "23": { name: "Creuse", region: "75" },
  "24": { name: "Dordogne", region: "75" },
  "25": { name: "Doubs", region: "27" },
  "26": { name: "Drôme", region: "84" },
  "27": { name: "Eure", region: "28" },
  "28": { name: "Eure-et-Loir", region: "24" },
  "29": { name: "Finistère", region: "53" },
  "2A": { name: "Corse-du-Sud", region: "94" },
  "2B": { name: "Haute-Corse", region: "94" },
  "30": { name: "Gard", region: "76" },
  "31": { name: "Haute-Garonne", region: "76" },
  "32": { name: "Gers", region: "76" },
  "33": { name: "Gironde", region: "75" },
  "34": { name: "Hérault", region: "76" },
  "35": { name: "Ille-et-Vilaine", region: "53" },
  "36": { name: "Indre", region: "24" },
  "37": { name: "Indre-et-Loire", region: "24" },
  "38": { name: "Isère", region: "84" },
  "39": { name: "Jura", region: "27" },
  "40": { name: "Landes", region: "75" },
  "41": { name: "Loir-et-Cher", region: "24" },
  "42": { name: "Loire", region: "84" },
  "43": { name: "Haute-Loire", region: "84" },
  "44": { name: "Loire-Atlantique", region: "52" },
  "45": { name: "Loiret", region: "24" },
  "46": { name: "Lot", region: "76" },
  "47": { name: "Lot-et-Garonne", region: "75" },
  "48": { name: "Lozère", region: "76" },
  "49": { name: "Maine-et-Loire", region: "52" },
  "50": { name: "Manche", region: "28" },
  "51": { name: "Marne", region: "44" },
  "52": { name: "Haute-Marne", region: "44" },
  "53": { name: "Mayenne", region: "52" },
  "54": { name: "Meurthe-et-Moselle", region: "44" },
  "55": { name: "Meuse", region: "44" },
  "56": { name: "Morbihan", region: "53" },
  "57": { name: "Moselle", region: "44" },
  "58": { name: "Nièvre", region: "27" },
  "59": { name: "Nord", region: "32" },
  "60": { name: "Oise", region: "32" },
  "61": { name: "Orne", region: "28" },
  "62": { name: "Pas-de-Calais", region: "32" },
  "63": { name: "Puy-de-Dôme", region: "84" },
  "64": { name: "Pyrénées-Atlantiques", region: "75" },
  "65": { name: "Hautes-Pyrénées", region: "76" },
  "66": { name: "Pyrénées-Orientales", region: "76" },
  "67": { name: "Bas-Rhin", region: "44" },
  "68": { name: "Haut-Rhin", region: "44" },
  "69": { name: "Rhône", region: "84" },
  "70": { name: "Haute-Saône", region: "27" },
  "71": { name: "Saône-et-Loire", region: "27" },
  "72": { name: "Sarthe", region: "52" },
  "73": { name: "Savoie", region: "84" },
  "74": { name: "Haute-Savoie", region: "84" },
  "75": { name: "Paris", region: "11" },
  "76": { name: "Seine-Maritime", region: "28" },
  "77": { name: "Seine-et-Marne", region: "11" },
  "78": { name: "Yvelines", region: "11" },
  "79": { name: "Deux-Sèvres", region: "75" },
  "80": { name: "Somme", region: "32" },
  "81": { name: "Tarn", region: "76" },
  "82": { name: "Tarn-et-Garonne", region: "76" },
  "83": { name: "Var", region: "93" },
  "84": { name: "Vaucluse", region: "93" },
  "85": { name: "Vendée", region: "52" },
  "86": { name: "Vienne", region: "75" },
  "87": { name: "Haute-Vienne", region: "75" },
  "88": { name: "Vosges", region: "44" },
  "89": { name: "Yonne", region: "27" },
  "90": { name: "Territoire de Belfort", region: "27" },
  "91": { name: "Essonne", region: "11" },
  "92": { name: "Hauts-de-Seine", region: "11" },
  "93": { name: "Seine-Saint-Denis", region: "11" },
  "94": { name: "Val-de-Marne", region: "11" },
  "95": { name: "Val-d'Oise", region: "11" },
  "971": { name: "Guadeloupe", region: "01" },
  "972": { name: "Martinique", region: "02" },
  "973": { name: "Guyane", region: "03" },
  "974": { name: "La Réunion", region: "04" },
  "976": { name: "Mayotte", region: "06" },
} as const);

/**
 * A department's code in the Code officiel géographique, such as `"91"` (Essonne) or `"2A"`
 * (Corse-du-Sud); names in {@link DEPARTMENTS}.
 *
 * @category Places
 */
export type DepartmentCode = keyof typeof DEPARTMENTS;

/** A look-up from each folded name to its code, with the names as written for suggestions; built on the first call. */
function nameTable(entries: () => readonly (readonly [code: string, name: string])[]) {
  let table: { readonly byName: ReadonlyMap<string, string>; readonly names: readonly string[] } | undefined;
  return () => {
    table ??= {
      byName: new Map(entries().map(([code, name]) => [foldName(name), code])),
      names: entries().map(([, name]) => name),
    };
    return table;
  };
}

const regionNames = /* @__PURE__ */ nameTable(() => Object.entries(REGIONS));
const departmentNames = /* @__PURE__ */ nameTable(() =>
  Object.entries(DEPARTMENTS).map(([code, department]) => [code, department.name] as const),
);

/**
 * The code a value names in `table`: its code exactly, or its name ignoring case, accents and
 * punctuation. Throws `unknown-id` naming the argument, with the nearest codes and names, otherwise.
 */
function resolve<K extends string>(
  value: unknown,
  table: Readonly<Record<K, unknown>>,
  { byName, names }: ReturnType<typeof regionNames>,
  argument: "region" | "department",
): K {
  if (typeof value === "string") {
    if (Object.hasOwn(table, value)) return value as K;
    const code = byName.get(foldName(value));
    if (code !== undefined) return code as K;
  }
  const codes = Object.keys(table);
  const near = typeof value === "string" ? closest(value, [...codes, ...names]) : [];
  const hint = near.length === 0 ? "" : `; did you mean ${near.map((name) => JSON.stringify(name)).join(", ")}?`;
  throw new BioproductionError(
    "unknown-id",
    argument,
    `${argument} ${describe(value)} is not the code or the name of a French ${argument}${hint}`,
    codes,
  );
}

/**
 * The code of a region given its code (`"11"`) or its French name, ignoring case, accents and
 * punctuation (`"ile de france"`). Throws a `BioproductionError` (`unknown-id`, argument
 * `region`) with the nearest codes and names for anything else.
 *
 * @example
 * import { regionCode } from "bioproduction-fr/clusters";
 * regionCode("Île-de-France"); // "11"
 * regionCode("auvergne rhone alpes"); // "84"
 * regionCode("Ile-de-Franse"); // throws "unknown-id", "region", "Île-de-France"
 *
 * @category Places
 */
export function regionCode(region: string): RegionCode {
  return resolve(region, REGIONS, regionNames(), "region");
}

/**
 * The code of a department given its code (`"91"`, `"2A"`) or its French name, ignoring case,
 * accents and punctuation (`"essonne"`). Throws a `BioproductionError` (`unknown-id`, argument
 * `department`) with the nearest codes and names for anything else.
 *
 * @example
 * import { departmentCode } from "bioproduction-fr/clusters";
 * departmentCode("Essonne"); // "91"
 * departmentCode("val de marne"); // "94"
 * departmentCode("Esonne"); // throws "unknown-id", "department", "Essonne"
 *
 * @category Places
 */
export function departmentCode(department: string): DepartmentCode {
  return resolve(department, DEPARTMENTS, departmentNames(), "department");
}
