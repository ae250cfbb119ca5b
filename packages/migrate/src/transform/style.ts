/**
 * New import statements written in the style of the statement they come from: its quotes, semicolon, spacing
 * inside braces, and one specifier per line when it had that.
 */

/** How the statement a new one replaces was written. */
export interface Style {
  readonly quote: string;
  readonly semicolon: boolean;
  /** `{ A }` rather than `{A}`. */
  readonly bracketSpacing: boolean;
  /** One item per line, at this indentation (with a trailing comma when `trailingComma`); undefined for one line. */
  readonly multiline?: { readonly indent: string; readonly trailingComma: boolean };
}

/**
 * The style of `statement` (its source text), with `quoted` the raw text of its module string, e.g. `'aws-cdk-lib'`.
 * `fallbackBraces` is the file's usual spacing inside braces, for a statement that has none.
 */
export function styleOf(statement: string, quoted: string, fallbackBraces: boolean): Style {
  const quote = quoted.startsWith('"') ? '"' : "'";
  const semicolon = statement.trimEnd().endsWith(';');
  const open = statement.indexOf('{');
  const close = open === -1 ? -1 : statement.indexOf('}', open);
  if (open === -1 || close === -1) return { quote, semicolon, bracketSpacing: fallbackBraces };
  const inner = statement.slice(open + 1, close);
  const bracketSpacing = inner.length === 0 || /^\s/.test(inner);
  if (!inner.includes('\n')) return { quote, semicolon, bracketSpacing };
  const indent = /\n([ \t]*)\S/.exec(inner)?.[1] ?? '  ';
  const trailingComma = /,\s*(\/\/[^\n]*\s*|\/\*[^]*?\*\/\s*)*$/.test(inner);
  return { quote, semicolon, bracketSpacing, multiline: { indent, trailingComma } };
}

/** The file's usual spacing inside the braces of its imports (`{ A }` unless most say `{A}`). */
export function bracesSpacingOf(source: string): boolean {
  const tight = source.match(/(?:import|export)\s+(?:type\s+)?\{[^\s}]/g)?.length ?? 0;
  const spaced = source.match(/(?:import|export)\s+(?:type\s+)?\{\s/g)?.length ?? 0;
  return tight <= spaced;
}

/** `{ A, B }` in `style`; on several lines at `baseIndent` + the style's indentation when it is multi-line. */
export function braces(items: readonly string[], style: Style, baseIndent: string): string {
  if (style.multiline) {
    const { indent, trailingComma } = style.multiline;
    const lines = items.map((item, i) => `${indent}${item}${i < items.length - 1 || trailingComma ? ',' : ''}`);
    // The list's own indentation is relative to the statement's line; continuation lines carry it.
    return `{\n${lines.join('\n')}\n${baseIndent}}`;
  }
  return style.bracketSpacing ? `{ ${items.join(', ')} }` : `{${items.join(', ')}}`;
}

function quoted(module: string, style: Style): string {
  return `${style.quote}${module}${style.quote}`;
}

/** `import [type] { … } from '<module>';` */
export function importStatement(items: readonly string[], module: string, typeOnly: boolean, style: Style, baseIndent: string): string {
  return `import ${typeOnly ? 'type ' : ''}${braces(items, style, baseIndent)} from ${quoted(module, style)}${style.semicolon ? ';' : ''}`;
}

/** `export [type] { … } from '<module>';` */
export function exportStatement(items: readonly string[], module: string, typeOnly: boolean, style: Style, baseIndent: string): string {
  return `export ${typeOnly ? 'type ' : ''}${braces(items, style, baseIndent)} from ${quoted(module, style)}${style.semicolon ? ';' : ''}`;
}

/** `const { … } = require('<module>');` */
export function requireStatement(kind: string, items: readonly string[], module: string, style: Style, baseIndent: string): string {
  return `${kind} ${braces(items, style, baseIndent)} = require(${quoted(module, style)})${style.semicolon ? ';' : ''}`;
}

/** The module string `module` in the quotes of `raw` (a string literal's source text). */
export function requote(raw: string, module: string): string {
  const quote = raw.startsWith('"') ? '"' : raw.startsWith('`') ? '`' : "'";
  return `${quote}${module}${quote}`;
}
