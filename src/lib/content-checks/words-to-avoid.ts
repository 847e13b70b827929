/**
 * Words the GOV.UK style guide asks writers to avoid, with what to write instead.
 * From "Words to avoid" in the GOV.UK style guide (A to Z), trimmed to those that turn up in council writing.
 * "Impact" and "progress" are left out: the guide objects only to their use as verbs, and this site uses
 * them as nouns on nearly every page, so a word-level check would only add noise.
 */
export const wordsToAvoid: ReadonlyArray<{ phrase: string; instead: string }> = [
  { phrase: 'agenda', instead: 'plan' },
  { phrase: 'collaborate', instead: 'work with' },
  { phrase: 'combat', instead: 'solve, fix or stop' },
  { phrase: 'commit', instead: 'plan to or say what you will do' },
  { phrase: 'countering', instead: 'answering or responding to' },
  { phrase: 'deliver', instead: 'make, create, provide or give' },
  { phrase: 'deploy', instead: 'use or put into place' },
  { phrase: 'dialogue', instead: 'talk or discussion' },
  { phrase: 'disincentivise', instead: 'discourage' },
  { phrase: 'empower', instead: 'allow or give permission' },
  { phrase: 'facilitate', instead: 'help or make possible' },
  { phrase: 'focusing', instead: 'working on or concentrating on' },
  { phrase: 'foster', instead: 'encourage (unless it is about foster care)' },
  { phrase: 'going forward', instead: 'from now on or in future' },
  { phrase: 'in order to', instead: 'to' },
  { phrase: 'incentivise', instead: 'encourage' },
  { phrase: 'initiate', instead: 'start' },
  { phrase: 'key', instead: 'important or main (unless it opens a lock)' },
  { phrase: 'land', instead: 'get or achieve (unless it is about land)' },
  { phrase: 'leverage', instead: 'use or influence' },
  { phrase: 'liaise', instead: 'work with' },
  { phrase: 'overarching', instead: 'say what you mean, or leave it out' },
  { phrase: 'promote', instead: 'recommend or support' },
  { phrase: 'robust', instead: 'strong or well thought out' },
  { phrase: 'slimming down', instead: 'making smaller' },
  { phrase: 'streamline', instead: 'simplify' },
  { phrase: 'strengthening', instead: 'improving or making stronger' },
  { phrase: 'tackling', instead: 'solving or dealing with' },
  { phrase: 'transforming', instead: 'say what you are changing and how' },
  { phrase: 'utilise', instead: 'use' },
];
