export { OSES, VERDICTS, type PasteAnalysis } from '../../src/python/types.js';
/** The shape every reported version has. */
export const VERSIONS_OK = /^\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:(?:a|b|c|rc)\d{0,3})?\+?$/;
