/**
 * Text edits at the exact ranges of AST nodes: the codemod never reprints a file, so every byte it does not
 * rewrite (formatting, comments, the other lines) stays as it was. The text is the file with `\r\n` read as `\n`
 * (as the parser reads it); {@link toOriginalLineEnds} maps the edits back.
 */

/** A node's range in the source, from the parser. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Replaces `[start, end)` of the source with `text`. */
export interface Edit extends Span {
  readonly text: string;
}

/** The range of a node: Babel's parsers give every node `start` and `end` offsets. */
export function span(node: object): Span {
  const { start, end } = node as { start?: unknown; end?: unknown };
  if (typeof start !== 'number' || typeof end !== 'number') throw new Error('the parser gave no source range');
  return { start, end };
}

/** The 1-based line and column of an offset in `source` (from the offset, since not every node has a `loc`). */
export function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Applies non-overlapping edits (in any order) to `source`. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/** The whitespace that starts the line `offset` is on. */
export function indentAt(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))![0];
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the end of the line `offset` is on (the `\n`, or the end of the source). */
function lineEndOf(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline;
}

/** Whether `text` is only white space and comments that end on the line (`// …` or a closed `/* … *\/`). */
function onlyTrivia(text: string): boolean {
  return /^(\s|\/\/.*|\/\*[^]*?\*\/)*$/.test(text.replace(/\r$/, ''));
}

/** `lines` (statements, maybe of several lines) joined at `indent`. */
function joined(lines: readonly string[], indent: string): string {
  return lines.join(`\n${indent}`);
}

/** Replaces a statement with `lines` (each a statement), one per line at the statement's indentation. */
export function replaceStatement(source: string, statement: Span, lines: readonly string[]): Edit {
  if (lines.length === 0) return removeStatement(source, statement);
  const indent = indentAt(source, statement.start);
  return { start: statement.start, end: statement.end, text: joined(lines, indent) };
}

/**
 * Removes a statement; when it is alone on its lines (a trailing comment aside), the lines go with it.
 */
export function removeStatement(source: string, statement: Span): Edit {
  const lineStart = lineStartOf(source, statement.start);
  const lineEnd = lineEndOf(source, statement.end);
  const before = source.slice(lineStart, statement.start);
  const after = source.slice(statement.end, lineEnd);
  if (/^[ \t]*$/.test(before) && onlyTrivia(after)) {
    return { start: lineStart, end: Math.min(lineEnd + 1, source.length), text: '' };
  }
  return { start: statement.start, end: statement.end, text: '' };
}

/** Inserts `lines` (statements) on new lines after a statement, at its indentation. */
export function insertAfterStatement(source: string, statement: Span, lines: readonly string[]): Edit {
  const indent = indentAt(source, statement.start);
  const lineEnd = lineEndOf(source, statement.end);
  const after = source.slice(statement.end, lineEnd);
  const text = `\n${indent}${joined(lines, indent)}`;
  // After a trailing comment on the statement's line; right after the statement when code follows on that line.
  const at = onlyTrivia(after) ? lineEnd : statement.end;
  return { start: at, end: at, text };
}

/**
 * Removes the items at `indices` from a comma-separated list (import specifiers, object pattern properties,
 * variable declarators), with their commas; a multi-line list loses the removed items' lines.
 * Not for removing every item: the caller removes the list's owner then.
 */
export function removeListItems(items: readonly Span[], indices: ReadonlySet<number>): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < items.length) {
    if (!indices.has(i)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < items.length && indices.has(last + 1)) last++;
    if (last + 1 < items.length) {
      // Up to the next kept item: the commas, and the line breaks of a multi-line list.
      edits.push({ start: items[i].start, end: items[last + 1].start, text: '' });
    } else if (i > 0) {
      // A run at the end: from the end of the last kept item, so its trailing comma (if any) survives.
      edits.push({ start: items[i - 1].end, end: items[last].end, text: '' });
    } else {
      throw new Error('removeListItems cannot remove every item');
    }
    i = last + 1;
  }
  return edits;
}

/**
 * Edits of a file's text with `\r\n` read as `\n`, mapped back to the file itself: offsets shifted past each `\r`,
 * and new line breaks written as `\r\n`.
 */
export function toOriginalLineEnds(source: string, edits: readonly Edit[]): Edit[] {
  if (!source.includes('\r\n')) return [...edits];
  // The offsets (in the text read with \n) of the line breaks that are \r\n in the file.
  const breaks: number[] = [];
  let removed = 0;
  for (let at = source.indexOf('\r\n'); at !== -1; at = source.indexOf('\r\n', at + 2)) breaks.push(at - removed++);
  const map = (offset: number): number => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  };
  return edits.map((e) => ({ start: map(e.start), end: map(e.end), text: e.text.replace(/\n/g, '\r\n') }));
}
