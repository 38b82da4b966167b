/** This Winnow's version, as bundles and the about box give it. */
export const WINNOW_VERSION = '0.1.0';
