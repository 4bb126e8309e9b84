/**
 * The JSON files the package ships, by path under `json/`: one file per dataset, and one JSON
 * Schema per zod schema (`json/schemas/figure.schema.json` for `FigureSchema`).
 *
 * @param {object} datasets the package's `DATASETS`
 * @param {object} schemas the exports of the schemas entry point
 * @param {{ toJSONSchema(schema: unknown): unknown }} z zod
 * @returns {Record<string, string>}
 */
export function jsonFiles(datasets, schemas, z) {
  const files = {};
  for (const [name, dataset] of Object.entries(datasets)) {
    files[`${name}.json`] = `${JSON.stringify(dataset, null, 2)}\n`;
  }
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith("Schema")) continue;
    const kebab = name
      .slice(0, -"Schema".length)
      .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
      .toLowerCase();
    files[`schemas/${kebab}.schema.json`] = `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`;
  }
  return files;
}
