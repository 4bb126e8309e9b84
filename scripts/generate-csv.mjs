// Writes the data as CSV, one file per table, with a Frictionless Data Package descriptor
// (csv/datapackage.json) describing each file as a Tabular Data Resource: its columns, types,
// primary key and foreign keys. Reads the package's source (scripts/source-package.mjs), so the
// files are exactly what the code exports; tests/csv.test.ts parses them back against the JSON.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sourcePackage } from "./source-package.mjs";

const { dataTables, toCsv, VERSION } = await sourcePackage();
const out = resolve(import.meta.dirname, "../csv");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const tables = dataTables();
for (const table of tables) writeFileSync(join(out, `${table.name}.csv`), toCsv(table));

/** The Data Package descriptor: one Tabular Data Resource per table. */
const descriptor = {
  profile: "tabular-data-package",
  name: "bioproduction-fr",
  title: "bioproduction-fr: the French bioproduction sector, every number cited",
  version: VERSION,
  licenses: [{ name: "MIT", title: "MIT License", path: "https://opensource.org/licenses/MIT" }],
  resources: tables.map((table) => ({
    profile: "tabular-data-resource",
    name: table.name,
    path: `${table.name}.csv`,
    title: table.name,
    description: table.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
    schema: {
      fields: table.fields.map((field) => ({ name: field.name, type: field.type, description: field.description })),
      missingValues: [""],
      primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : [...table.primaryKey],
      // The profile wants no empty list: a table with no foreign key has none.
      ...(table.foreignKeys.length === 0
        ? {}
        : {
            foreignKeys: table.foreignKeys.map((key) => ({
              fields: key.fields,
              reference: { resource: key.table, fields: key.field },
            })),
          }),
    },
  })),
};
writeFileSync(join(out, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
console.log(`csv: wrote ${tables.length} CSV files and datapackage.json to csv/`);
