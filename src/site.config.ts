/**
 * Everything that makes this site Dorset's rather than another area's.
 * Another local area can publish its own statement of action by changing
 * this file and `content/` alone.
 */
export const siteConfig = {
  /** Shown in the header, page titles and feeds. */
  name: 'Dorset SEND information',
  /** One line on what the site is for, used as the default page description. */
  tagline:
    // No abbreviation here: it is the home page's first line, before the text that writes SEND out.
    'What the Dorset local area promised after its 2017 inspection, how the work went and what it achieved.',
  /** The public address the site is published at, without a trailing slash. */
  url: 'https://dorset-send.netlify.app',
  /** The local area, as families would name it. */
  areaName: 'Dorset',
  /** The councils a family can say their feedback is about. */
  councils: ['Dorset Council', 'BCP Council'] as const,
  /** Brand colour for the header: white text on it has a contrast ratio of 8:1 (WCAG AAA). */
  brandColour: '#1e5b3a',
  /**
   * The Git repository that holds this site, for each page's "Edit this page" link: its web address, like
   * "https://github.com/OWNER/REPO" (GitHub or GitLab), and the branch editors change. Left empty, a build
   * on Netlify uses the repository Netlify builds from; anywhere else the link is left out.
   */
  repository: { url: '', branch: 'main' },
  /**
   * How long feedback is kept before it is deleted, in days: the purge deletes older feedback and the privacy
   * notice prints this same number (<SiteSetting name="feedbackRetentionDays" />), so the two never differ.
   */
  feedbackRetentionDays: 365,
  /*
   * Privacy and accessibility settings the sources do not give: set them before going live (README, "Before going
   * live"). While empty, the privacy notice and accessibility statement print "to be confirmed" in their place.
   */
  /** Who decides how feedback is used (the data controller), for example "Dorset Council". */
  dataController: '',
  /** The lawful basis for handling feedback under UK GDPR, in plain words, as the data controller states it. */
  lawfulBasis: '',
  /** Where to ask about privacy or for another format: an email address or postal address of the data controller. */
  privacyContact: '',
  /** The local port `npm start` serves on. */
  localPort: 4321,
} as const;

export type SiteConfig = typeof siteConfig;
