/** JSON-Schema validation of user files (configuration, baseline) with ajv; errors name the file and the key. */
import fs from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { ClaimcheckError } from "./errors.js";

const ajv = new Ajv({ allErrors: false, strict: false });
const compiled = new Map<string, ValidateFunction>();

function validator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const schema = JSON.parse(fs.readFileSync(new URL(`../../schema/${name}`, import.meta.url), "utf8"));
    v = ajv.compile(schema);
    compiled.set(name, v);
  }
  return v;
}

/** Parse JSON text, or throw a one-line ClaimcheckError naming the file. */
export function parseJson(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ClaimcheckError("BAD_FILE", `${file}: ${what} is not valid JSON (${(e as Error).message})`);
  }
}

export function validateWith(schemaName: string, data: unknown, file: string, what: string): void {
  const v = validator(schemaName);
  if (v(data)) return;
  throw new ClaimcheckError("BAD_FILE", `${file}: invalid ${what}: ${describeError(v.errors?.[0])}`);
}

function describeError(e: ErrorObject | undefined): string {
  if (!e) return "does not match the schema";
  const where = e.instancePath ? e.instancePath.slice(1).split("/").join(".") : "";
  const at = where ? `"${where}"` : "the top level";
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key "${where ? `${where}.` : ""}${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case "propertyNames":
      return `unknown key "${where ? `${where}.` : ""}${(e.params as { propertyName: string }).propertyName}"`;
    case "enum":
      return `${at} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(", ")}`;
    case "const":
      return `${at} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case "required":
      return `missing key "${where ? `${where}.` : ""}${(e.params as { missingProperty: string }).missingProperty}"`;
    default:
      return `${at} ${e.message ?? "is invalid"}`;
  }
}
