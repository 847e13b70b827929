/** The parts of Decap CMS's global `CMS` object (https://decapcms.org/docs/intro/) this site uses. */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  deleteIn(path: (string | number)[]): ImmutableLike;
  setIn(path: (string | number)[], value: unknown): ImmutableLike;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): unknown;
  fieldsMetaData: ImmutableLike;
}

export interface DecapCms {
  init(options?: { config?: Record<string, unknown> }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableLike }) => unknown }): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  /** A block in the Markdown editor (https://decapcms.org/docs/custom-widgets/#registereditorcomponent). */
  registerEditorComponent(component: {
    id: string;
    label: string;
    fields: unknown[];
    pattern: RegExp;
    fromBlock(match: RegExpMatchArray): Record<string, unknown>;
    toBlock(data: Record<string, unknown>): string;
    toPreview(data: Record<string, unknown>): string;
  }): void;
  /** A remark plugin or preset for the Markdown widget's reading and writing. */
  registerRemarkPlugin(plugin: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): unknown; toFile(data: unknown): string },
  ): void;
}

/** React's createElement, which Decap exposes as `h` for preview templates. */
export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

declare global {
  interface Window {
    CMS?: DecapCms;
    CMS_MANUAL_INIT?: boolean;
    h?: CreateElement;
  }
}
