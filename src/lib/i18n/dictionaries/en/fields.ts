/**
 * The records' fields by name, in languages other than English: `fields.commitments['milestones.end']`
 * → `Fecha de cierre (cumplimiento previsto)`. A field is named by its path of field names,
 * without list indexes; the item of a list is `<path>[]` (`milestones[]` → `Hito`). English has
 * one source, the schemas' own labels (src/schemas/, read where a field is named:
 * `fieldLabels` in src/lib/history/record-diff.ts), so it is empty here: importing the schemas
 * into the dictionary would put them in every browser bundle that reads a dictionary. Another
 * language names every path (tests/record-diff.test.ts checks that none is missing).
 */
export const fields: Record<string, Record<string, string>> = {};
