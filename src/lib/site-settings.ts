/** The site settings a page may print with <SiteSetting name="..." />. */
export const printableSettings = ['dataController', 'lawfulBasis', 'privacyContact', 'feedbackRetentionDays'] as const;
export type PrintableSetting = (typeof printableSettings)[number];
/** The settings' values: text for the three names, a number of days for retention. */
export type PrintableSettings = Record<Exclude<PrintableSetting, 'feedbackRetentionDays'>, string> & {
  feedbackRetentionDays: number;
};

/** Shown in place of a setting that is still empty, so no page states what nobody has decided. */
const toBeConfirmed = 'to be confirmed';

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
export function settingText(name: unknown, config: PrintableSettings, where: string): string {
  if (!printableSettings.includes(name as PrintableSetting)) throw new UnknownSettingError(name, where);
  if (name === 'feedbackRetentionDays') {
    const days = config.feedbackRetentionDays;
    return `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const value = String(config[name as Exclude<PrintableSetting, 'feedbackRetentionDays'>]).trim();
  return value === '' ? toBeConfirmed : value;
}
