import { aslSchema } from './asl-schema';
import { duplicateStateName } from './duplicate-state-name';
import { exclusiveFields } from './exclusive-fields';
import { expressUnsupportedPattern } from './express-unsupported-pattern';
import { heartbeatNotBelowTimeout } from './heartbeat-not-below-timeout';
import { intrinsicSyntax } from './intrinsic-syntax';
import { jsonataSyntax } from './jsonata-syntax';
import { jsonPathInJsonataMachine } from './jsonpath-in-jsonata-machine';
import { jsonPathSyntax } from './jsonpath-syntax';
import { nextOrEnd } from './next-or-end';
import type { Rule } from './rule';
import { timeoutOutOfRange } from './timeout-out-of-range';
import { unknownNext } from './unknown-next';
import { unreachableState } from './unreachable-state';
import { wrongQueryLanguageField } from './wrong-query-language-field';

/** Every rule, in the order their problems are reported. */
export const RULES: { id: string; check: Rule }[] = [
  { id: 'asl-schema', check: aslSchema },
  { id: 'next-or-end', check: nextOrEnd },
  { id: 'exclusive-fields', check: exclusiveFields },
  { id: 'wrong-query-language-field', check: wrongQueryLanguageField },
  { id: 'jsonpath-in-jsonata-machine', check: jsonPathInJsonataMachine },
  { id: 'jsonpath-syntax', check: jsonPathSyntax },
  { id: 'intrinsic-syntax', check: intrinsicSyntax },
  { id: 'jsonata-syntax', check: jsonataSyntax },
  { id: 'unknown-next', check: unknownNext },
  { id: 'unreachable-state', check: unreachableState },
  { id: 'duplicate-state-name', check: duplicateStateName },
  { id: 'heartbeat-not-below-timeout', check: heartbeatNotBelowTimeout },
  { id: 'timeout-out-of-range', check: timeoutOutOfRange },
  { id: 'express-unsupported-pattern', check: expressUnsupportedPattern },
];
