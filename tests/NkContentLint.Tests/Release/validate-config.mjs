// Validates NkContentLint configurations (YAML or JSON) against docs/configuration.schema.json with
// ajv (JSON Schema draft-07, strict mode). Prints one JSON line per file:
// {"file": ..., "valid": true|false, "errors": [...]}.
// Usage: node validate-config.mjs SCHEMA CONFIG...   (NODE_PATH must find ajv and js-yaml)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const Ajv = require("ajv").default;
const yaml = require("js-yaml");

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
for (const file of files) {
  let data;
  try {
    // JSON configurations may carry comments; js-yaml reads JSON as YAML, as the tool does, once they are blanked.
    const text = readFileSync(file, "utf8");
    const uncommented = text.replace(/("(?:\\.|[^"\\])*")|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (_, string) => string ?? "");
    data = yaml.load(file.endsWith(".json") ? uncommented : text);
  } catch (error) {
    console.log(JSON.stringify({ file, valid: false, errors: [String(error.message)] }));
    continue;
  }
  const valid = validate(data);
  console.log(JSON.stringify({ file, valid, errors: (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`) }));
}
