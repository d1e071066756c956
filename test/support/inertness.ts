import { INVISIBLE_CHARACTER, LONE_SURROGATE } from '../../server/src/engine/text/inert';

/** Something in hover markdown that a renderer would act on or hide. */
export interface Hazard {
  readonly kind: string;
  /** Where in the markdown (escapes and code spans removed for the markup kinds). */
  readonly index: number;
}

// Escaped characters are inert; so are the catalog's own `code` spans (log text never makes one).
const ESCAPED_OR_CODE = /\\[!-/:-@[-`{-~]|`[^`]*`/g;
/** The markdown's own line breaks and tabs are layout, not log text. */
const LAYOUT = /[\t\n]/g;
const CHECKS: readonly { kind: string; pattern: RegExp; active: boolean }[] = [
  { kind: 'raw control, invisible or direction-changing character', pattern: INVISIBLE_CHARACTER, active: false },
  { kind: 'lone surrogate', pattern: LONE_SURROGATE, active: false },
  { kind: "unescaped '<'", pattern: /</, active: true },
  { kind: "link syntax '](' ", pattern: /\]\(/, active: true },
  // (`command:` followed by a space is the catalog's own prose: "in its MAIL command: ...".)
  { kind: 'linkable text (command:, http:, www., @)', pattern: /command:(?!\s)|https?:|www\.|@/, active: true },
];

/**
 * What in a hover's markdown is not inert: the one checker of the hostile-input and fuzz tests,
 * built from inert.ts's own character set so the two can never disagree.
 */
export function markdownHazards(markdown: string): Hazard[] {
  const active = markdown.replace(ESCAPED_OR_CODE, '');
  const raw = markdown.replace(LAYOUT, ' ');
  const hazards: Hazard[] = [];
  for (const { kind, pattern, active: onActive } of CHECKS) {
    const found = pattern.exec(onActive ? active : raw);
    if (found) hazards.push({ kind, index: found.index });
  }
  return hazards;
}
