import { z } from 'zod';
import type { Span } from '../types';
import type { FileText } from './fileText';
import type { ManifestEntry, Reliability, SourceProblem } from './types';

// Source metadata, from front matter, a JSON object or a manifest entry. Each field is
// validated on its own: a bad field is reported where it is written and left out, the
// others are kept.

/** One `key: value` as written, whatever the syntax (YAML or JSON). */
export interface Field {
  key: string;
  keySpan: Span;
  value: unknown;
  valueSpan: Span;
}

/** A citation key (spec section 1): letters, digits and `_ - . : / #`, not ending in punctuation. */
const CITABLE = /^[\p{L}\p{N}_][\p{L}\p{N}_\-.:/#]*$/u;
const LAST_OK = /[\p{L}\p{N}_]$/u;

const textValue = z
  .union([z.string(), z.number().finite().transform(String)], { errorMap: () => ({ message: 'must be text' }) })
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .refine((s) => s.length > 0, 'must not be empty');

const idValue = textValue.refine(
  (s) => CITABLE.test(s) && LAST_OK.test(s),
  'must be usable as a citation key: letters, digits and _ - . : / #, starting with a letter, digit or _ and not ending in punctuation',
);

/** YYYY-MM-DD, or an ISO date-time whose date part is kept. */
const dateValue = z
  .string({ errorMap: () => ({ message: 'must be a date written YYYY-MM-DD' }) })
  .transform((s) => s.trim())
  .refine((s) => validDate(s) !== undefined, 'must be a date written YYYY-MM-DD')
  .transform((s) => validDate(s) as string);

const urlValue = z
  .string({ errorMap: () => ({ message: 'must be a web address (https://…)' }) })
  .transform((s) => s.trim())
  .refine(isWebUrl, 'must be a web address (https://…)');

/** An Admiralty grade of the source, one letter A to F (spec section 3). The full code with
 * the information's credibility (`B2`) is not one: the spec asks for the source's letter. */
const reliabilityValue = z
  .string({ errorMap: () => ({ message: 'must be an Admiralty grade, A to F' }) })
  .transform((s) => s.trim().toUpperCase())
  .refine((s) => /^[A-F]$/.test(s), 'must be an Admiralty grade, one letter A to F (the source\'s grade, without the information\'s digit)')
  .transform((s) => s as Reliability);

export const sourceMetaSchema = z
  .object({
    id: idValue,
    title: textValue,
    publisher: textValue,
    author: textValue,
    date: dateValue,
    url: urlValue,
    reliability: reliabilityValue,
  })
  .partial();

export const manifestEntrySchema = sourceMetaSchema.extend({ file: textValue.optional() });

export type MetaValues = z.infer<typeof sourceMetaSchema>;
export type MetaKey = keyof MetaValues;
export const META_KEYS = Object.keys(sourceMetaSchema.shape) as MetaKey[];

/** The date part of `s` when it is a real calendar date, else undefined. */
export function validDate(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? s.slice(0, 10) : undefined;
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export interface ReadMeta<T> {
  values: T;
  /** Where each accepted value is written. */
  spans: Partial<Record<keyof T, Span>>;
  problems: SourceProblem[];
}

/** Validates the metadata fields of a source. Unknown keys are ignored (scraped exports carry many). */
export function readSourceMeta(fields: Field[], file: FileText): ReadMeta<MetaValues> {
  return readFields(fields, file, sourceMetaSchema.shape, false);
}

/** Validates one manifest entry. Unknown keys are warned about: they are usually typos. */
export function readManifestFields(fields: Field[], file: FileText): ReadMeta<ManifestEntry> {
  return readFields(fields, file, manifestEntrySchema.shape, true);
}

function readFields<T extends Record<string, unknown>>(
  fields: Field[],
  file: FileText,
  shape: Record<string, z.ZodTypeAny>,
  warnUnknown: boolean,
): ReadMeta<T> {
  const values: Record<string, unknown> = {};
  const spans: Record<string, Span> = {};
  const problems: SourceProblem[] = [];
  for (const f of fields) {
    const schema = Object.prototype.hasOwnProperty.call(shape, f.key) ? shape[f.key] : undefined;
    if (!schema) {
      if (warnUnknown) {
        const known = Object.keys(shape).join(', ');
        problems.push(file.problem(f.keySpan, `Unknown key '${f.key}' (known: ${known}).`, 'warning'));
      }
      continue;
    }
    if (f.value === null || f.value === undefined) continue; // `date:` left empty: nothing given
    const parsed = (schema instanceof z.ZodOptional ? schema.unwrap() : schema).safeParse(f.value);
    if (parsed.success) {
      values[f.key] = parsed.data;
      spans[f.key] = f.valueSpan;
    } else {
      const why = parsed.error.issues[0]?.message ?? 'is invalid';
      problems.push(file.problem(f.valueSpan, `Invalid ${f.key} ${describeValue(f.value)}: ${why}.`));
    }
  }
  return { values: values as T, spans: spans as Partial<Record<keyof T, Span>>, problems };
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return `'${v.length > 60 ? v.slice(0, 57) + '…' : v}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return `'${String(v)}'`;
  return Array.isArray(v) ? '(a list)' : '(an object)';
}
