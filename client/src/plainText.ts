// Text the client shows outside an editor (notifications, progress, the status bar, tree items, tab
// titles) often carries a file name, a log value or a server's error message: text from strangers.
// No vscode import here, so the rule can be tested outside VS Code.
import { inertText } from '../../server/src/engine/text/inert';

/** VS Code keeps the first 1,000 characters of a notification; more would be cut anyway. */
export const MESSAGE_LIMIT = 1000;

// VS Code turns `[label](command:…)`, `(https://…)` and `(file:…)` in notification and progress
// messages into links (vs/base/common/linkedText.ts, parseLinkedText); a click runs the command with
// the arguments in its query. Markdown escapes do not apply there: that parser is a single regex,
// /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^\)\s]+)…\)/, and every link it finds has `](`.
// So no `](` may be left: its brackets become full-width look-alikes, and so does the `[` that
// opens the would-be label (the nearest one, as the parser's label holds no `]`).
const LABEL_AND_JOINT = /\[([^[\]]*)\]\(/g;
const JOINT = /\]\(/g;

/**
 * Plain text that shows what it holds and cannot act: control, invisible and direction-changing
 * characters appear as `<U+202E>`, no link can form, and the length is bounded.
 */
export function plainText(text: string, limit = MESSAGE_LIMIT): string {
  return inertText(text, limit).replace(LABEL_AND_JOINT, '\uff3b$1\uff3d(').replace(JOINT, '\uff3d(');
}
