/**
 * Words that say nothing about which section answers a question. Besides the usual English
 * function words this holds the filler of chat questions ("tell me about", "is it fine", "please
 * explain"), which would otherwise count as unmatched words and make the bot needlessly unsure.
 * Question words (what/why/how) are NOT here: "Why InstructLab" and "How does InstructLab work"
 * are told apart by them; they get a low weight instead (see QUESTION_WORDS).
 */
export const STOP_WORDS = new Set(
  `a an the and or but if then else so of to in on at by for with from into onto about as
  is are was were be been being am do does did doing done have has had having
  i me my mine we us our you your yours he she it its they them their this that these those there here
  can could should would will shall may might must
  not no nor only just also too very really quite still even
  any some all each every both either neither other such own same
  than then once again ever
  get got getting make made let lets let's put
  tell explain show give say says said
  mean means meaning meant define definition
  please thanks thank hi hello hey ok okay fine good great enough sure right
  need needs want wants wanted try trying tried help like know think use uses used using
  something anything thing things stuff way ways one someone anyone new
  up out over under again further while during before after above below between through
  im ive dont doesnt didnt cant cannot wont isnt arent whats its thats theres`.split(/\s+/).filter(Boolean),
);

/** Kept, but weighted low: they separate "what is X" from "why X" and "how does X work". */
export const QUESTION_WORDS = new Set(['what', 'why', 'how', 'who', 'where', 'when', 'which', 'whom', 'whose']);
