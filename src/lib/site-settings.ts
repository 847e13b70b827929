import type { SiteConfig } from '../site.config.ts';

/** The site settings a page may print with <SiteSetting name="..." />. */
export const printableSettings = ['dataController', 'lawfulBasis', 'privacyContact', 'feedbackRetentionDays'] as const;
export type PrintableSetting = (typeof printableSettings)[number];

/** Shown in place of a setting that is still empty, so no page states what nobody has decided. */
export const toBeConfirmed = 'to be confirmed';

/** Raised when a page names a setting that cannot be printed: the build stops. */
export class UnknownSettingError extends Error {
  constructor(name: unknown, where: string) {
    super(
      `Unknown site setting ${JSON.stringify(name)} in ${where}. Use one of: ${printableSettings.join(', ')}. For example: <SiteSetting name="dataController" />`,
    );
    this.name = 'UnknownSettingError';
  }
}

/** A setting as page text: the retention period in days, the others as written, "to be confirmed" while empty. */
export function settingText(name: unknown, config: Pick<SiteConfig, PrintableSetting>, where: string): string {
  if (!printableSettings.includes(name as PrintableSetting)) throw new UnknownSettingError(name, where);
  if (name === 'feedbackRetentionDays') {
    const days = config.feedbackRetentionDays;
    return `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const value = String(config[name as Exclude<PrintableSetting, 'feedbackRetentionDays'>]).trim();
  return value === '' ? toBeConfirmed : value;
}

/** Settings still empty, for the README's "Before going live" check and tests. */
export function unsetSettings(config: Pick<SiteConfig, PrintableSetting>): PrintableSetting[] {
  return printableSettings.filter((name) => name !== 'feedbackRetentionDays' && String(config[name]).trim() === '');
}
