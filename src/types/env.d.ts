interface ImportMetaEnv {
  /** The source file of the build's glossary worker thread, set in astro.config.mjs. */
  readonly GLOSSARY_WORKER: string;
}
