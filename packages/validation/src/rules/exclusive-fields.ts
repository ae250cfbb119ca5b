import type { DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import { fieldAt } from '../private/walk';
import type { ValidationProblem } from '../problem';

/** Groups of fields of which a state of a type has at most one (`exactly` one when set), under an optional object. */
const GROUPS: { type: string; fields: string[]; under?: string[]; exactly?: boolean }[] = [
  { type: 'Task', fields: ['TimeoutSeconds', 'TimeoutSecondsPath'] },
  { type: 'Task', fields: ['HeartbeatSeconds', 'HeartbeatSecondsPath'] },
  { type: 'Wait', fields: ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'], exactly: true },
  { type: 'Map', fields: ['ItemProcessor', 'Iterator'], exactly: true },
  { type: 'Map', fields: ['ItemSelector', 'Parameters'] },
  { type: 'Map', fields: ['Items', 'ItemsPath'] },
  { type: 'Map', fields: ['MaxConcurrency', 'MaxConcurrencyPath'] },
  { type: 'Map', fields: ['ToleratedFailureCount', 'ToleratedFailureCountPath'] },
  { type: 'Map', fields: ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'] },
  { type: 'Map', fields: ['MaxItems', 'MaxItemsPath'], under: ['ItemReader', 'ReaderConfig'] },
  { type: 'Map', fields: ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], under: ['ItemBatcher'] },
  { type: 'Map', fields: ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'], under: ['ItemBatcher'] },
  { type: 'Fail', fields: ['Cause', 'CausePath'] },
  { type: 'Fail', fields: ['Error', 'ErrorPath'] },
];

/**
 * `exclusive-fields`: a state has at most one field of each group of alternatives (`TimeoutSeconds` or
 * `TimeoutSecondsPath`, …) and exactly one where one is required (a Wait's duration, a Map's item processor), as
 * asl-validator checks outside its schemas.
 *
 * @see https://states-language.net/spec.html
 */
export function exclusiveFields(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    for (const group of GROUPS) {
      if (group.type !== entry.type) continue;
      const { found, value } = group.under ? fieldAt(entry.state, group.under) : { found: true, value: entry.state };
      if (!found || typeof value !== 'object' || value === null) continue;
      const present = group.fields.filter((f) => f in value);
      const list = group.fields.map((f) => `\`${f}\``).join(', ');
      if (present.length > 1) {
        problems.push({
          path: pointer(entry.pointer, ...(group.under ?? []), present[1]), state: entry.name, rule: 'exclusive-fields',
          message: `${present.map((f) => `\`${f}\``).join(' and ')} can't be combined: a ${entry.type} state has at most one of ${list}`,
        });
      } else if (group.exactly && present.length === 0) {
        problems.push({ path: entry.pointer, state: entry.name, rule: 'exclusive-fields', message: `a ${entry.type} state requires one of ${list}` });
      }
    }
  }
  return problems;
}
