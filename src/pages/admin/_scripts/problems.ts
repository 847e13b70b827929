import type { FieldProblem } from '../../../lib/cms/validate.ts';

const panelId = 'app-editor-problems';

/**
 * Lists what stops an entry being saved, in a GOV.UK-style error summary that takes focus, with
 * the schema's own messages. Decap's own notice disappears after 8 seconds; this stays until the
 * next save. An empty list removes it.
 */
export function showProblems(problems: FieldProblem[]): void {
  document.getElementById(panelId)?.remove();
  if (problems.length === 0) return;
  const panel = document.createElement('div');
  panel.id = panelId;
  panel.className = 'app-editor-problems';
  panel.tabIndex = -1;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${panelId}-title`);
  const title = document.createElement('h2');
  title.id = `${panelId}-title`;
  title.textContent = 'There is a problem: this entry was not saved';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const label = document.createElement('strong');
    label.textContent = `${problem.label}: `;
    item.append(label, problem.message);
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close this message';
  close.addEventListener('click', () => panel.remove());
  panel.append(title, list, close);
  document.body.append(panel);
  panel.focus();
}
