import type { Random } from './random.ts';
import {
  actors,
  countedThings,
  deeds,
  findings,
  months,
  openers,
  outcomes,
  places,
  plans,
  siteLinks,
  timePhrases,
} from './word-banks.ts';

/** Words in a piece of Markdown: runs of characters with a letter or digit, so "##" and "-" do not count. */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;
}

/** Lower-cases the first letter for use inside a sentence, leaving abbreviations such as "SEN" alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One plain-English sentence, from one of several patterns. */
export function sentence(random: Random, year: number): string {
  const place = random.pick(places);
  const month = random.pick(months);
  const patterns: Array<() => string> = [
    () => `${random.pick(actors)} ${random.pick(deeds)} ${random.pick(timePhrases)}.`,
    () => `In ${month} ${year}, ${lowerFirst(random.pick(actors))} in ${place} ${random.pick(deeds)}.`,
    () => `${random.int(3, 240)} families in ${place} told us that ${random.pick(findings)}.`,
    () => `We ${random.pick(deeds)} so that ${random.pick(outcomes)}.`,
    () => `By ${month} ${year + 1}, we will ${random.pick(plans)}.`,
    () =>
      `${random.int(40, 99)}% of ${random.pick(countedThings)} were on time ${random.pick(timePhrases)}, compared with ${random.int(20, 90)}% the year before.`,
    () => `This means ${random.pick(outcomes)}.`,
    () =>
      `We counted ${random.int(12, 1800).toLocaleString('en-GB')} ${random.pick(countedThings)} ${random.pick(timePhrases)}.`,
    () => `Parents in ${place} said ${random.pick(findings)}, so we will ${random.pick(plans)}.`,
    () => {
      const link = random.pick(siteLinks);
      return `You can read more in [${link.text}](${link.href}).`;
    },
    () => `${upperFirst(random.pick(outcomes))}: that is why ${lowerFirst(random.pick(actors))} ${random.pick(deeds)}.`,
  ];
  const text = random.pick(patterns)();
  // "Since then, we ..." reads well; "Since then, The SEND team ..." would need the case of a name changed.
  const opener = /^We /.test(text) ? random.pick(openers) : '';
  return opener ? `${opener}${lowerFirst(text)}` : text;
}

/** A paragraph of a few sentences, sometimes with a link to a real page of the site. */
export function paragraph(random: Random, year: number): string {
  const sentences = Array.from({ length: random.int(3, 6) }, () => sentence(random, year));
  if (random.chance(0.15)) {
    const link = random.pick(siteLinks);
    sentences.push(`Find out more in [${link.text}](${link.href}).`);
  }
  return sentences.join(' ');
}

/** A lead-in line and a bulleted list of short points, as GOV.UK content writes three or more related things. */
export function bulletList(random: Random): string {
  const [leadIn, points] = random.chance(0.5)
    ? ['Families told us that:', findings]
    : ['We want to make sure that:', outcomes];
  return `${leadIn}\n\n${random
    .sample(points, random.int(3, 5))
    .map((point) => `- ${point}`)
    .join('\n')}`;
}
