import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { throwawayRoot } from '../support/astro.ts';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.ts';
import { draftUpdate, writeDraftUpdate } from '../support/draft-updates.ts';

// `npm run edit` starts Astro's dev server, which compiles pages on first visit: allow for it.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/**
 * A copy of the project with its content, made before the tests: `npm run edit` saves into its
 * content/, never into the real one, so this file can run beside the others and beside a build.
 */
let root = '';
let removeRoot = async () => {};
const progressDir = () => path.join(root, 'content/progress');
// A title no real update has, so the test finds only its own files.
const marker = `Browser editor test ${process.pid}`;
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** A port nothing is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Waits until `check` passes, trying every fifth of a second. */
async function waitFor(what: string, check: () => Promise<boolean>, timeout = 180_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (
      await check().catch((error: unknown) =>
        error instanceof TypeError || (error as Error).name === 'TimeoutError' ? false : Promise.reject(error),
      )
    )
      return;
    // Polling, not a fixed wait: the next look is as soon as the last one answered, plus a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}. npm run edit printed:\n${output}`);
}

/** Runs an npm script to the end; resolves with its exit code and output. */
function runScript(script: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script, ...(args.length > 0 ? ['--', ...args] : [])], {
      cwd: root,
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Files this test made in content/progress. */
async function filesMadeHere(): Promise<string[]> {
  return (await readdir(progressDir())).filter((name) => name.includes(slugOf(marker)));
}

let editor: ChildProcess;
/** What `npm run edit` printed, for the error when it does not start. */
let output = '';
let site = '';
let browser: Browser;
/**
 * One signed-in editor for every test under `npm run edit`: each new page would load Decap's
 * 5 MB script through the dev server and sign in again, several seconds each on a busy machine.
 */
let editorPage: Page;

/** Standing pages the round-trip test changes, as they were before it. */
const mdxPageNames = ['contact.mdx', 'privacy.mdx'];
const mdxPages = () => mdxPageNames.map((name) => path.join(root, 'content/pages', name));
const originals = new Map<string, string>();

beforeAll(async () => {
  // Its own node_modules caches too: Vite re-optimises its dependencies for this root while other tests build.
  ({ root, remove: removeRoot } = await throwawayRoot({ content: true, ownCaches: true }));
  // A draft, which the preview shows and a production build leaves out (tests/browser/long-lists.test.ts).
  await writeDraftUpdate(path.join(root, 'content'));
  for (const file of mdxPages()) originals.set(file, await readFile(file, 'utf8'));
  const [sitePort, backendPort] = [await freePort(), await freePort()];
  site = `http://127.0.0.1:${sitePort}`;
  // As an editor would run it: without vitest's NODE_ENV=test and VITEST* variables, which Astro reads.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
  editor = spawn('npm', ['run', 'edit'], {
    cwd: root,
    env: { ...env, PORT: String(sitePort), DECAP_SERVER_PORT: String(backendPort) },
    detached: true,
  });
  editor.stdout?.on('data', (chunk) => (output += chunk));
  editor.stderr?.on('data', (chunk) => (output += chunk));
  const launched = launchBrowser();
  await waitFor('the site under npm run edit', async () => {
    // Astro allows one dev server per project: say so rather than time out.
    if (editor.exitCode !== null) throw new Error(`npm run edit stopped:\n${output}`);
    return (await fetch(`${site}/admin/config.yml`, { signal: AbortSignal.timeout(20_000) })).ok;
  });
  await waitFor('decap-server under npm run edit', async () => {
    const info = await fetch(`http://127.0.0.1:${backendPort}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return info.ok;
  });
  browser = await launched;
  editorPage = await signIn();
});

afterAll(async () => {
  await browser?.close();
  // npm, node src/cli/edit.ts, astro and decap-server: the whole process group started here.
  if (editor?.pid && editor.exitCode === null) {
    const exited = new Promise((resolve) => editor.once('exit', resolve));
    process.kill(-editor.pid, 'SIGTERM');
    await exited;
  }
  await removeRoot();
});

/** Opens the editor in a browser context of its own and signs in to the local backend. */
async function signIn(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // The dev server compiles the editor's modules on first request, slowly on a busy machine.
  page.setDefaultTimeout(90_000);
  // Leaving a form Decap counts as changed asks "Are you sure you want to leave this page?": yes (no
  // test leaves a form it has not finished with). A new entry offers the last one's unsaved copy
  // ("A local backup was recovered"): no.
  page.on(
    'dialog',
    (dialog) => void (/want to leave this page/.test(dialog.message()) ? dialog.accept() : dialog.dismiss()),
  );
  await page.goto(`${site}/admin/`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/#\/collections\//);
  return page;
}

/** Opens an entry in the signed-in editor, by its address within it, once its form shows `title`. */
async function openInEditor(route: string, title: string, page = editorPage): Promise<Page> {
  const address = `${site}/admin/#/collections/${route}`;
  const list = address.replace(/\/(new|entries\/.*)$/, '');
  // The form before it stays on screen a moment: wait for this entry's own title (empty when new).
  // Just after a save Decap may still move to the saved entry's address itself, over ours, and
  // straight from one entry's form to another's it may keep the old form: so go again, by the list
  // (as a person would), when the form has not changed after a while. The first look is short
  // because it is the one that most often waits in vain (20 s each time for three previews).
  const until = Date.now() + 90_000;
  for (let attempt = 0; ; attempt++) {
    // The address it is already at would not open a fresh form: go by the collection's list.
    if (attempt > 0 || page.url() === address) await page.goto(list);
    await page.goto(address);
    const shown = await expect
      .poll(() => field(page, 'Title').inputValue(), { timeout: attempt === 0 ? 5_000 : 20_000 })
      .toBe(title)
      .then(
        () => true,
        (error: unknown) => (Date.now() < until ? false : Promise.reject(error)),
      );
    if (shown) return page;
  }
}

/** How long Decap may take to draw a form or its preview: vitest's default second is too short on a busy machine. */
const drawn = { timeout: 30_000 };

const newProgressUpdate = () => openInEditor('progress/new', '');

const field = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).and(page.locator('input, textarea'));

/** Fills in everything a progress update needs, through the form only; returns the priority area chosen. */
async function fillUpdate(page: Page, title: string, dates: { published: string; updated?: string; date: string }) {
  await field(page, 'Title').fill(title);
  await field(page, 'Description').fill('A short test of the browser editor.');
  await field(page, 'Published').fill(dates.published);
  if (dates.updated) await field(page, 'Updated (optional)').fill(dates.updated);
  await field(page, 'Date').fill(dates.date);
  await page.getByRole('button', { name: 'Add areas' }).click();
  await page.getByRole('combobox', { name: 'Priority area' }).click();
  const area = page.getByRole('option').first();
  const areaTitle = (await area.textContent()) ?? '';
  await area.click();
  await page.getByRole('combobox', { name: 'Status (optional)' }).click();
  await page.getByRole('option', { name: 'in-progress' }).click();
  await page.getByRole('button', { name: 'Add sources' }).click();
  await field(page, 'Name').fill('Dorset Council, a test source');
  // Decap's rich-text box (Slate) has role="textbox" but no accessible name, so it is found by its own attribute.
  await page.locator('[data-slate-editor="true"]').click();
  // Put in at once, as pasted text is: typed a key at a time, Decap draws its preview again for every key.
  await page.keyboard.insertText('We tested the editor. It saved this page.');
  return areaTitle;
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

/**
 * Opens a page of the site under `npm run edit` once it shows `expectedText` (the dev server rebuilds
 * it after a save), in a browser context of its own: the editor keeps its focus and its session.
 */
async function openSitePage(pathname: string, expectedText: string): Promise<Page> {
  await waitFor(
    `${pathname} showing "${expectedText}"`,
    async () => (await (await fetch(`${site}${pathname}`)).text()).includes(expectedText),
    60_000,
  );
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(90_000);
  // The page's own HTML is what is checked; under the dev server its styles and scripts come later.
  // Loaded again while it does not show the text yet: on a busy machine the dev server can answer
  // one request from its new content and the next, for a moment, from before the save.
  await waitFor(
    `${pathname} showing "${expectedText}" in the browser`,
    async () => {
      await page.goto(`${site}${pathname}`, { waitUntil: 'domcontentloaded' });
      return (await page.content()).includes(expectedText);
    },
    60_000,
  );
  return page;
}

describe('the browser editor (npm run edit)', () => {
  test('shows a draft while an editor previews the site', async () => {
    const { id, title } = draftUpdate;
    await waitFor(`the draft at /progress/${id}/`, async () => {
      const page = await fetch(`${site}/progress/${id}/`);
      return page.ok && (await page.text()).includes(title);
    });
    expect(await (await fetch(`${site}/progress/`)).text()).toContain(title);
  });

  test('saves a progress update made in the form as a file the build accepts', async () => {
    const title = `${marker} saves`;
    const page = await newProgressUpdate();
    const areaTitle = await fillUpdate(page, title, { published: '2026-11-20', date: '2026-11-19' });
    await publish(page);

    const expected = path.join(progressDir(), `2026-11-19-${slugOf(title)}.md`);
    await waitFor('the new file', async () => (await filesMadeHere()).some((name) => name.includes('saves')), 30_000);
    // Named as `npm run new` names updates: the date reported on, then the title.
    expect(await filesMadeHere()).toEqual([path.basename(expected)]);
    const text = await readFile(expected, 'utf8');
    expect(text).toContain(`title: ${title}`);
    expect(text).toMatch(/^published: 2026-11-20$/m);
    expect(text).toMatch(/^date: 2026-11-19$/m);
    expect(text).toMatch(/- area: [a-z0-9-]+\n\s+status: in-progress/);
    expect(text).toContain('name: Dorset Council, a test source');
    expect(text).toContain('We tested the editor. It saved this page.');
    // Blank optional fields are left out, as the schema needs, not written as "".
    expect(text).not.toMatch(/: ""$/m);

    // The content check and the dev server's page at once: each takes seconds.
    const id = path.basename(expected, '.md');
    const [check, rendered] = await Promise.all([runScript('check:content'), openSitePage(`/progress/${id}/`, title)]);
    expect(check.output).not.toContain(path.basename(expected) + ': error');
    expect(check.output).toMatch(/^Ran every check on \d+ files/m);
    expect(check.code, check.output).toBe(0);
    // The page as families would see it: its heading, and the area with the status the form gave it.
    // Within <main>: under the dev server, Astro's own toolbar has headings too. Polled: the dev server
    // may reload the page once more as it settles (isVisible does not wait).
    const main = rendered.getByRole('main');
    await expect
      .poll(async () => (await main.getByRole('heading', { level: 1 }).textContent())?.trim(), drawn)
      .toBe(title);
    await expect
      .poll(() => main.getByRole('heading', { name: 'Priority areas in this update' }).isVisible(), drawn)
      .toBe(true);
    const areaRow = main
      .locator('.govuk-summary-list__row')
      .filter({ has: rendered.getByRole('link', { name: areaTitle, exact: true }) });
    await expect.poll(() => areaRow.getByText('In progress', { exact: true }).isVisible(), drawn).toBe(true);
    await rendered.context().close();
  });

  test('changes one sentence of an .mdx page and keeps every component exactly', async () => {
    const [contact, privacy] = mdxPages() as [string, string];
    const before = 'Please do not send personal details about your child through this site.';
    const after = 'Please do not send personal details about your child, such as their name, through this site.';
    const page = await openInEditor('pages-mdx/entries/contact', 'Contact');
    // Its components show as forms with drop-down lists, and in the preview as the site shows them.
    await expect.poll(() => page.getByText('Contacts, in the order to show them').count(), drawn).toBeGreaterThan(1);
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByText('Dorset SENDIASS', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page, { include: 'iframe' });
    // Triple-clicking a paragraph selects it whole; new text put in at once (see fillUpdate) replaces it.
    await page.locator('[data-slate-editor="true"]').getByText(before, { exact: true }).click({ clickCount: 3 });
    await page.keyboard.insertText(after);
    // Gone if the page reloads: each save used to reload the editor (twice), as Astro reloads open pages on a change.
    await page.evaluate(() => Object.assign(window, { appNotReloaded: true }));
    await publish(page);

    const expected = originals.get(contact)!.replace(before, after);
    expect(expected).not.toBe(originals.get(contact));
    await waitFor('the saved page', async () => (await readFile(contact, 'utf8')) !== originals.get(contact), 30_000);
    // Every line but the changed one as it was: front matter, <Contact id="…" />, <Contacts ids={[…]} />.
    expect(await readFile(contact, 'utf8')).toBe(expected);

    // A page whose <SiteSetting name="…" /> sits inside sentences, which Decap keeps as text.
    await openInEditor('pages-mdx/entries/privacy', 'Privacy notice');
    await page.locator('[data-slate-editor="true"]').getByText('We use your feedback to:').click({ clickCount: 3 });
    await page.keyboard.insertText('We use what you tell us to:');
    await publish(page);
    await waitFor('the saved page', async () => (await readFile(privacy, 'utf8')) !== originals.get(privacy), 30_000);
    expect(await readFile(privacy, 'utf8')).toBe(
      originals.get(privacy)!.replace('We use your feedback to:', 'We use what you tell us to:'),
    );

    // Only the bodies changed, so the schemas cannot have: the checks of the text, among them the .mdx
    // components the build would stop on, without the schema check.
    const [check, rendered] = await Promise.all([
      runScript('check:content', '--prose-only'),
      openSitePage('/contact/', after),
    ]);
    expect(check.output).toMatch(/^Ran every check but the schemas on \d+ files/m);
    expect(check.code, check.output).toBe(0);
    const main = rendered.getByRole('main');
    // Polled: the dev server may reload the page once more for the second save (isVisible does not wait).
    await expect.poll(() => main.getByText(after).isVisible(), drawn).toBe(true);
    // <Contact id="bcp-local-offer" /> still draws its route to help.
    await expect
      .poll(() => main.getByRole('link', { name: 'BCP Council SEND Local Offer' }).isVisible(), drawn)
      .toBe(true);
    await rendered.context().close();
    // The editor stayed where it was through both saves: no reload.
    expect(await page.evaluate(() => 'appNotReloaded' in window)).toBe(true);
  });

  // Every other preview template the site registers (src/pages/admin/_scripts/previews.ts), each on a real entry,
  // in the one signed-in editor: Decap's rich-text field can count a form as changed on opening, and then
  // asks before it leaves it for another, which the editor's dialog handler answers (see signIn).
  test.each([
    ['an impact report (.mdx)', 'impact-reports-mdx/entries/2023-to-2024', 'SEND impact report: 2023 to 2024'],
    ['a standing page (.md)', 'pages/entries/about', 'About this site'],
    ['the statement overview', 'statement-overview/entries/overview', 'Dorset SEND Written Statement of Action'],
    ['a priority area', 'statement-priority-areas/entries/right-first-time', 'Get it right first time, on time'],
  ])('previews %s with the site’s markup, which passes axe', async (_kind, route, title) => {
    const page = await openInEditor(route, title);
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent(), drawn).toBe(title);
    await expectNoAxeViolations(page, { include: 'iframe' });
  });

  test('previews a progress update with the site’s markup, which passes axe', async () => {
    const page = await newProgressUpdate();
    await fillUpdate(page, `${marker} preview`, { published: '2026-11-20', date: '2026-11-19' });
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent(), drawn).toBe(`${marker} preview`);
    // Decap draws the preview inside an iframe of its own; axe checks the site's template within it.
    await expectNoAxeViolations(page, { include: 'iframe' });
  });

  test("shows the schema's message for a bad date and saves nothing", async () => {
    const title = `${marker} bad date`;
    // Last: the preview before it leaves its form unsaved, which the editor is told to leave.
    const page = await openInEditor('progress/new', '');
    await fillUpdate(page, title, { published: '2026-11-20', updated: '2026-11-01', date: '2026-11-19' });
    await publish(page);

    const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect
      .poll(() => problems.textContent())
      .toContain(
        'Updated: Expected "updated" to be on or after "published". Change "updated" to the date you last changed the page, for example: updated: 2026-11-25',
      );
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('app-editor-problems');
    expect((await filesMadeHere()).filter((name) => name.includes('bad-date'))).toEqual([]);
  });
});
