import { ContactPropsError, pickContacts } from '../contacts.ts';
import { checkMeasureId } from '../measure-id.ts';
import { printableSettings, UnknownSettingError } from '../site-settings.ts';
import type { MdxComponentName } from './mdx-components.ts';

/** What an MDX body may name: the components its pages pass in, and the entries there are. */
export interface MdxBodyRules {
  components: readonly MdxComponentName[];
  contactIds: readonly string[];
  measureIds: readonly string[];
}

/** The entries an MDX body's components may name. */
export type MdxIds = Omit<MdxBodyRules, 'components'>;

/** A component written as the files write them: `<Name attr="text" other={[…]} />`. */
const componentTag = /<([A-Z][A-Za-z]*)((?:\s+[A-Za-z]+=(?:"[^"]*"|\{[^{}]*\}))*)\s*\/>/g;
const attribute = /([A-Za-z]+)=(?:"([^"]*)"|\{([^{}]*)\})/g;
/** Code is shown as written, so `{` and `<` inside it are safe. */
const code = /```[\s\S]*?```|`[^`\n]*`/g;

/** An attribute's value: the text in quotes, or the JSON in braces (`ids={["a", "b"]}`). */
function attributes(source: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [, name, quoted, braced] of source.matchAll(attribute)) {
    if (!name) continue;
    if (quoted !== undefined) values[name] = quoted;
    else {
      try {
        values[name] = JSON.parse(braced ?? '');
      } catch {
        values[name] = braced;
      }
    }
  }
  return values;
}

/** The build's own message for a component, or undefined if it would build. */
function componentProblem(name: string, props: Record<string, unknown>, rules: MdxBodyRules, file: string) {
  if (!rules.components.includes(name as MdxComponentName)) {
    return `<${name}> cannot be used in this page. Use one of: ${rules.components.map((c) => `<${c}>`).join(', ')}.`;
  }
  const contacts = rules.contactIds.map((id) => ({ id }));
  try {
    if (name === 'Contact') {
      if (typeof props.id !== 'string')
        throw new ContactPropsError(`Expected id="..." naming one contact, but got ${JSON.stringify(props.id)}`, file);
      pickContacts([props.id], contacts, file);
    }
    if (name === 'Contacts') pickContacts(props.ids, contacts, file);
    if (name === 'Measure') checkMeasureId(props.id, rules.measureIds);
    if (name === 'SiteSetting' && !printableSettings.includes(props.name as never))
      throw new UnknownSettingError(props.name, file);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

/** One thing in an MDX body that would stop the build, and where it starts in the body. */
export interface MdxBodyProblem {
  message: string;
  offset: number;
}

/** The text with each match blanked out, newlines kept, so what is left keeps its offsets. */
const blankOut = (text: string, pattern: RegExp) => text.replace(pattern, (found) => found.replace(/[^\n]/g, ' '));

/**
 * What in an MDX body would stop the build, with the build's own messages and where each starts:
 * a component this page cannot use, an id or setting name that does not exist, and the characters
 * MDX reads as code. The editor's drop-down lists keep ids right; this catches what was typed as text.
 */
export function mdxBodyFindings(body: string, rules: MdxBodyRules, file: string): MdxBodyProblem[] {
  const problems: MdxBodyProblem[] = [];
  const withoutCode = blankOut(body, code);
  for (const match of withoutCode.matchAll(componentTag)) {
    const [, name = '', source = ''] = match;
    const message = componentProblem(name, attributes(source), rules, file);
    if (message) problems.push({ message, offset: match.index });
  }
  const rest = blankOut(withoutCode, componentTag);
  const unchecked = /<[A-Z][^>\n]*>?/.exec(rest);
  if (unchecked)
    problems.push({
      message: `${unchecked[0]} is not written the way components are: write it on the pattern <Contact id="dorset-sendiass" />.`,
      offset: unchecked.index,
    });
  const brace = rest.search(/[{}]/);
  if (brace >= 0)
    problems.push({
      message: 'A { or } in the text stops the page building: MDX reads it as code. Take it out or reword it.',
      offset: brace,
    });
  const lessThan = rest.search(/<(?![A-Za-z/!])/);
  if (lessThan >= 0)
    problems.push({
      message:
        'A < followed by a space or a number stops the page building: MDX reads it as a component. Write "less than" instead.',
      offset: lessThan,
    });
  return problems;
}

/** `mdxBodyFindings`, the messages alone: what the editor's save check shows. */
export function mdxBodyProblems(body: string, rules: MdxBodyRules, file: string): string[] {
  return mdxBodyFindings(body, rules, file).map((problem) => problem.message);
}
