/**
 * The JSON files the package ships, by path under `json/`: one file per dataset, the timeline of
 * dated facts (`json/timeline.json`), and one JSON Schema per zod schema
 * (`json/schemas/figure.schema.json` for `FigureSchema`).
 *
 * @param {object} datasets the package's `DATASETS`
 * @param {readonly object[]} timeline the package's `TIMELINE`
 * @param {object} schemas the exports of the schemas entry point
 * @param {{ toJSONSchema(schema: unknown): unknown }} z zod
 * @returns {Record<string, string>}
 */
export function jsonFiles(datasets, timeline, schemas, z) {
  const files = {};
  for (const [name, dataset] of Object.entries(datasets)) {
    files[`${name}.json`] = `${JSON.stringify(dataset, null, 2)}\n`;
  }
  files["timeline.json"] = `${JSON.stringify({ events: timeline }, null, 2)}\n`;
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
