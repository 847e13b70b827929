import { z } from 'astro/zod';
import { parseIsoDay } from '../lib/dates.ts';

/** What a field expects, in words an editor understands, and a value they could copy. */
export interface FieldHelp {
  /** For example "the date the update was published". */
  what: string;
  /** A right value, written as it would appear in the file. */
  example: string;
}

/** Describes the value an editor gave, so the message can quote it. */
function describeInput(input: unknown): string {
  if (input === undefined) return 'it is missing';
  if (input === null || input === '') return 'it is empty';
  if (Array.isArray(input) && input.length === 0) return 'the list is empty';
  if (input instanceof Date) return `it is ${input.toISOString().slice(0, 10)}`;
  return `it is ${JSON.stringify(input)}`;
}

/** Builds the message every field shows when its value is wrong: what, what it got, an example. */
export function helpMessage(help: FieldHelp, input: unknown): string {
  return `Expected ${help.what}, but ${describeInput(input)}. For example: ${help.example}`;
}

/** Required text that is not blank. */
export function text(help: FieldHelp) {
  return z
    .string({ error: (issue) => helpMessage(help, issue.input) })
    .trim()
    .min(1, { error: (issue) => helpMessage(help, issue.input) });
}

/** Text with a length limit, for summaries that must stay short. */
export function shortText(help: FieldHelp, maxLength: number) {
  return text(help).max(maxLength, {
    error: (issue) => `${helpMessage(help, issue.input)} (It must be ${maxLength} characters or fewer: shorten it.)`,
  });
}

/** A calendar date written as YYYY-MM-DD, with or without quotes. */
export function isoDate(help: FieldHelp) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? (parseIsoDay(value) ?? value) : value),
    z.date({ error: (issue) => helpMessage(help, issue.input) }).refine((date) => !Number.isNaN(date.getTime()), {
      error: (issue) => helpMessage(help, issue.input),
    }),
  );
}

/** One of a fixed list of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, help: FieldHelp) {
  return z.enum(values, {
    error: (issue) => `${helpMessage(help, issue.input)} (Use one of: ${values.join(', ')}.)`,
  });
}

/** A web address starting with https://. */
export function webAddress(help: FieldHelp) {
  return z.url({ protocol: /^https$/, error: (issue) => helpMessage(help, issue.input) });
}

/** A list with at least one item. */
export function listOf<T extends z.ZodType>(item: T, help: FieldHelp) {
  return z
    .array(item, { error: (issue) => helpMessage(help, issue.input) })
    .min(1, { error: (issue) => helpMessage(help, issue.input) });
}
