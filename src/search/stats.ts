import { BIT, FIELDS, STRONG, type AnalysedFields } from './fields.js';

/** How the knowledge uses each term: what typo repair, the scoring budget and confidence consult. */
export interface TermStats {
  /** Term -> occurrences across the knowledge (typo repair prefers the more common candidate). */
  vocabulary: Map<string, number>;
  /** Term -> number of sections holding it (the cost of scoring it). */
  sectionCount: Map<string, number>;
  /** Term -> number of sections holding it in a heading, alias or keyword. */
  nameCount: Map<string, number>;
  /** Term -> number of sections holding it in their own heading. */
  headingCount: Map<string, number>;
  /** Terms by length, for typo candidates. */
  byLength: Map<number, string[]>;
}

export function countTerms(allFields: readonly AnalysedFields[]): TermStats {
  // One map lookup per term occurrence: `last*` remember the last section counted, so a section
  // is counted once per term without building a set per section.
  const stats = new Map<string, { occurrences: number; sections: number; names: number; headings: number; last: number; lastName: number; lastHeading: number }>();
  allFields.forEach((fields, n) => {
    for (const field of FIELDS) {
      const bit = BIT[field];
      for (const t of fields[field]) {
        let st = stats.get(t);
        if (!st) stats.set(t, (st = { occurrences: 0, sections: 0, names: 0, headings: 0, last: -1, lastName: -1, lastHeading: -1 }));
        st.occurrences++;
        if (st.last !== n) {
          st.last = n;
          st.sections++;
        }
        if (bit & STRONG && st.lastName !== n) {
          st.lastName = n;
          st.names++;
        }
        if (bit === BIT.heading && st.lastHeading !== n) {
          st.lastHeading = n;
          st.headings++;
        }
      }
    }
  });
  const out: TermStats = { vocabulary: new Map(), sectionCount: new Map(), nameCount: new Map(), headingCount: new Map(), byLength: new Map() };
  for (const [t, st] of stats) {
    out.vocabulary.set(t, st.occurrences);
    out.sectionCount.set(t, st.sections);
    if (st.names) out.nameCount.set(t, st.names);
    if (st.headings) out.headingCount.set(t, st.headings);
    const bucket = out.byLength.get(t.length) ?? [];
    bucket.push(t);
    out.byLength.set(t.length, bucket);
  }
  return out;
}
