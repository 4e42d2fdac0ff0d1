/** One answerable unit: the text under a heading down to the next heading of any level. */
export interface Section {
  /** Stable anchor: slug of the file stem and heading path, unique across the knowledge base. */
  id: string;
  /** File path relative to the knowledge directory, with forward slashes. */
  source: string;
  /** Full heading path; the last element is this section's own heading as written. */
  headings: string[];
  /** Heading level (1-6) of this section's own heading; 0 for text before any heading. */
  depth: number;
  /** Markdown body: paragraphs, lists, code blocks and link text kept, HTML comments dropped. */
  text: string;
  /** 1-based line of the heading in the source file. */
  line: number;
  /** Alternative names from front-matter for this section (per-section `sections:` entries). */
  aliases: string[];
  /** Search words from front-matter for this section (per-section `sections:` entries). */
  keywords: string[];
  /** On the file's top section only: the file's `aliases`, `keywords`, `tags` and `description`, weighted as context. */
  topicKeywords: string[];
  /** The file's front-matter title, if any (used as topic context, never as a heading). */
  topic?: string;
  /** Keys from the file's front-matter `replies:` map that point at this section (e.g. `python/not-found/macos`). */
  replyKeys: string[];
  /** Error fragments from front-matter (`sections: {heading: {errors: [...]}}`) this section answers. */
  errors: string[];
  /** The file's primary sources (front-matter `sources`), shown with an answer. */
  sources: string[];
  /** /check-python notes whose fix is this section (front-matter `python-warnings`). */
  pythonWarnings: { when: string; text: string }[];
}

export interface KnowledgeProblem {
  source: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface KnowledgeLink {
  source: string;
  line: number;
  href: string;
}
