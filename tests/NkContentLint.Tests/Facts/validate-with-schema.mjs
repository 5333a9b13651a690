// Validates fact packs against rules/facts/fact-pack.schema.json with ajv (JSON Schema 2020-12),
// for the test that keeps the schema and the C# validator in agreement. Prints one JSON line
// per file: {"file": ..., "valid": true|false, "errors": [...]}.
// Usage: node validate-with-schema.mjs SCHEMA PACK.yaml...   (NODE_PATH must find ajv and js-yaml)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const yaml = require("js-yaml");

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
for (const file of files) {
  let data;
  try {
    data = yaml.load(readFileSync(file, "utf8"));
  } catch (error) {
    console.log(JSON.stringify({ file, valid: false, errors: [String(error.message)] }));
    continue;
  }
  const valid = validate(data);
  console.log(JSON.stringify({ file, valid, errors: (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`) }));
}
