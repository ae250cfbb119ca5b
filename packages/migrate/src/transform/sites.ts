import type { ASTPath, N } from './ast';
import type { Style } from './style';

/** One name taken from the reference module in a list: an import or export specifier, or a destructured property. */
export interface NamedItem {
  /** The reference's name. */
  readonly imported: string;
  /** The local name (the exported one for a re-export). */
  readonly local: string;
  /** The specifier or property. */
  readonly node: N;
  /** Its source text, reused as is when the new statement has the same form (alias, `type`, comments). */
  readonly text: string;
  /** `type` on the specifier. */
  readonly typeOnly: boolean;
}

/**
 * A list of names from the reference module: `import { A, B as C } from …`, `export { A } from …`,
 * `const { A, B: C } = require(…)`. Each name moves to an import of its package; the others stay.
 */
export interface NamedSite {
  readonly kind: 'named';
  /** The statement the items are in. */
  readonly statement: ASTPath;
  /** The statement the new ones go after (or replace, when nothing of it is left). */
  readonly anchor: ASTPath;
  /** The form of the new statements. */
  readonly output: 'import' | 'export' | 'require';
  readonly items: readonly NamedItem[];
  /** `import type { … }` / `export type { … }`. */
  readonly typeOnly: boolean;
  /** `const`, `let` or `var`, for `require`. */
  readonly declarationKind: string;
  readonly style: Style;
}

/**
 * A binding of the whole reference module (`import * as tasks`, `const tasks = require(…)`, the
 * `aws_stepfunctions_tasks` member of aws-cdk-lib), or of aws-cdk-lib's root module (`prefix`
 * `['aws_stepfunctions_tasks']`), whose member uses become named imports.
 */
export interface ModuleSite {
  readonly kind: 'module';
  readonly local: string;
  /** The identifier that declares it. */
  readonly binding: N;
  /** The statement that declares it. */
  readonly statement: ASTPath;
  /** The item of the statement to drop with the binding; the whole statement when undefined. */
  readonly item?: N;
  /** The statement the new imports go after (or replace). */
  readonly anchor: ASTPath;
  readonly output: 'import' | 'require';
  readonly declarationKind: string;
  /** `import type * as tasks`. */
  readonly typeOnly: boolean;
  /** Members between the binding and the reference's symbols. */
  readonly prefix: readonly string[];
  /** Whether the binding goes once none of its uses is left (false for aws-cdk-lib's root, unless a use was rewritten). */
  readonly ownsBinding: boolean;
  readonly style: Style;
}

export type Site = NamedSite | ModuleSite;
