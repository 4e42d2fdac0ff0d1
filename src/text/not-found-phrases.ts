/**
 * How shells and Windows say, in the languages students' machines run, that a command does not
 * exist. The search (reading a message's pasted errors) and /check-python (reading a paste) both
 * recognise these; one list keeps a language added for one from being missed by the other.
 * Each entry is a regular-expression source fragment, joined with `|` by the reader.
 */

/** bash's and Ubuntu's "command not found" after the command: German, Spanish, French, Portuguese, Italian, Chinese, Russian. */
export const LOCALIZED_COMMAND_NOT_FOUND: readonly string[] = [
  'Befehl nicht gefunden',
  'no se encontr\u00f3 la orden',
  'orden no encontrada',
  'commande introuvable',
  'comando n\u00e3o encontrado',
  'comando non trovato',
  '\u672a\u627e\u5230\u547d\u4ee4',
  '\u627e\u4e0d\u5230\u547d\u4ee4',
  '\u043a\u043e\u043c\u0430\u043d\u0434\u0430 \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u0430',
];

/**
 * cmd's and PowerShell's "is not recognized" after the quoted command: French, Spanish,
 * Portuguese, Italian, German, Russian, Chinese, Japanese, Korean. Each goes on to say as what, so
 * "el "modelo" no se reconoce como válido" (a program's own message) is not one. PowerShell's
 * Chinese, Japanese and Korean sentences put the name before their own words for "as a cmdlet"
 * ("无法将“code”项识别为 cmdlet", "用語 'code' は、コマンドレット", "'code' 용어가 cmdlet"), and
 * students writing those languages often drop the quotes ("python3不是内部或外部命令").
 */
export const LOCALIZED_NOT_RECOGNIZED: readonly string[] = [
  "n['\u2019]est pas reconnu (?:en tant que commande|comme nom d)",
  'no se reconoce como (?:un comando|nombre de un cmdlet)',
  'n\u00e3o \u00e9 reconhecido como (?:um comando|nome de cmdlet)',
  'non \u00e8 riconosciuto come (?:comando|nome di cmdlet)',
  'wird nicht als interner oder externer Befehl',
  'wurde nicht als Name eines Cmdlet',
  '\u043d\u0435 \u044f\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0435\u0439',
  '\u043d\u0435 \u0440\u0430\u0441\u043f\u043e\u0437\u043d\u0430\u043d\u043e \u043a\u0430\u043a \u0438\u043c\u044f',
  '\u4e0d\u662f\u5185\u90e8\u6216\u5916\u90e8\u547d\u4ee4',
  '\u9879\u8bc6\u522b\u4e3a ?cmdlet',
  '\u306f\u3001\u5185\u90e8\u30b3\u30de\u30f3\u30c9',
  '(?:\u3068\u3044\u3046\u7528\u8a9e)?\u306f\u3001\u30b3\u30de\u30f3\u30c9\u30ec\u30c3\u30c8',
  '\uc740\\(\ub294\\) \ub0b4\ubd80 \ub610\ub294 \uc678\ubd80 \uba85\ub839',
  '\uc6a9\uc5b4\uac00 cmdlet',
];

/** Quotes around a command in those messages: straight, curly, German and French. */
export const COMMAND_QUOTES = '\'"\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb';

/** An accented Latin letter (è, ã, ó) in a fragment written in a Latin-script language. */
const ACCENTED_LATIN = /[\u00c0-\u024f]/g;

/**
 * A Windows console that prints in one code page, pasted as another, garbles the accented letters
 * of these messages: Italian cmd's "non è riconosciuto" arrives as "non \ufffd riconosciuto" or
 * "non Š riconosciuto". In fragments of Latin-script languages each accented letter also accepts
 * one or two non-ASCII characters, and its plain letter, as students who retype the message drop
 * accents ("nao e reconhecido"); the ASCII words around it keep the match specific. Fragments in
 * other scripts are left exact, where such a wildcard would match any text of that script.
 */
function looseAccents(fragment: string): string {
  if (!/[A-Za-z]{3}/.test(fragment)) return fragment;
  return fragment.replace(ACCENTED_LATIN, (letter) => `(?:${letter}|${letter.normalize('NFD').charAt(0)}|[^\\x00-\\x7f]{1,2})`);
}

/** The fragments as one alternation, for a `(?:…)` group. */
export const anyOf = (fragments: readonly string[]): string => fragments.map(looseAccents).join('|');
