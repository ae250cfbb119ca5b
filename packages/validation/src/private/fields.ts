/**
 * Where JSONPath and JSONata put their values in a state, shared by the syntax and wrong-language rules.
 */

/** What kind of JSONPath a field holds (asl-path-validator's contexts). */
export type PathKind = 'path' | 'reference_path' | 'result_path';

/** The JSONPath fields of a state, by their keys from the state, and the kind of path each holds. */
export const PATH_FIELDS: { keys: string[]; kind: PathKind }[] = [
  { keys: ['InputPath'], kind: 'path' },
  { keys: ['OutputPath'], kind: 'path' },
  { keys: ['ResultPath'], kind: 'result_path' },
  { keys: ['ItemsPath'], kind: 'reference_path' },
  { keys: ['TimeoutSecondsPath'], kind: 'reference_path' },
  { keys: ['HeartbeatSecondsPath'], kind: 'reference_path' },
  { keys: ['SecondsPath'], kind: 'reference_path' },
  { keys: ['TimestampPath'], kind: 'reference_path' },
  { keys: ['MaxConcurrencyPath'], kind: 'reference_path' },
  { keys: ['ToleratedFailureCountPath'], kind: 'reference_path' },
  { keys: ['ToleratedFailurePercentagePath'], kind: 'reference_path' },
  { keys: ['CausePath'], kind: 'reference_path' },
  { keys: ['ErrorPath'], kind: 'reference_path' },
  { keys: ['ItemReader', 'ReaderConfig', 'MaxItemsPath'], kind: 'reference_path' },
  { keys: ['ItemBatcher', 'MaxItemsPerBatchPath'], kind: 'reference_path' },
  { keys: ['ItemBatcher', 'MaxInputBytesPerBatchPath'], kind: 'reference_path' },
];

/** Fields whose value may be an intrinsic function instead of a path (the Fail state's). */
export const INTRINSIC_PATH_FIELDS: ReadonlySet<string> = new Set(['CausePath', 'ErrorPath']);

/** The payload templates of a JSONPath state: objects whose `key.$` fields hold a path or an intrinsic function. */
export const PAYLOAD_TEMPLATE_FIELDS: string[][] = [
  ['Parameters'],
  ['ResultSelector'],
  ['ItemSelector'],
  ['Credentials'],
  ['Assign'],
  ['ItemReader', 'Parameters'],
  ['ItemBatcher', 'BatchInput'],
  ['ResultWriter', 'Parameters'],
];

/** The fields of a JSONPath state that a JSONata state doesn't have, and what a JSONata state uses instead. */
export const JSONPATH_ONLY_FIELDS: { keys: string[]; instead: string }[] = [
  { keys: ['InputPath'], instead: '`Arguments`/`Output` reading `$states.input`' },
  { keys: ['Parameters'], instead: '`Arguments`' },
  { keys: ['ResultSelector'], instead: '`Output` reading `$states.result`' },
  { keys: ['ResultPath'], instead: '`Output` or `Assign`' },
  { keys: ['OutputPath'], instead: '`Output`' },
  { keys: ['ItemsPath'], instead: '`Items`' },
  { keys: ['TimeoutSecondsPath'], instead: '`TimeoutSeconds` with a JSONata expression' },
  { keys: ['HeartbeatSecondsPath'], instead: '`HeartbeatSeconds` with a JSONata expression' },
  { keys: ['SecondsPath'], instead: '`Seconds` with a JSONata expression' },
  { keys: ['TimestampPath'], instead: '`Timestamp` with a JSONata expression' },
  { keys: ['MaxConcurrencyPath'], instead: '`MaxConcurrency` with a JSONata expression' },
  { keys: ['ToleratedFailureCountPath'], instead: '`ToleratedFailureCount` with a JSONata expression' },
  { keys: ['ToleratedFailurePercentagePath'], instead: '`ToleratedFailurePercentage` with a JSONata expression' },
  { keys: ['CausePath'], instead: '`Cause` with a JSONata expression' },
  { keys: ['ErrorPath'], instead: '`Error` with a JSONata expression' },
  { keys: ['ItemReader', 'Parameters'], instead: '`ItemReader.Arguments`' },
  { keys: ['ItemReader', 'ReaderConfig', 'MaxItemsPath'], instead: '`ItemReader.ReaderConfig.MaxItems` with a JSONata expression' },
  { keys: ['ItemBatcher', 'MaxItemsPerBatchPath'], instead: '`ItemBatcher.MaxItemsPerBatch` with a JSONata expression' },
  { keys: ['ItemBatcher', 'MaxInputBytesPerBatchPath'], instead: '`ItemBatcher.MaxInputBytesPerBatch` with a JSONata expression' },
  { keys: ['ResultWriter', 'Parameters'], instead: '`ResultWriter.Arguments`' },
];

/** The fields of a JSONata state that a JSONPath state doesn't have, and what a JSONPath state uses instead. */
export const JSONATA_ONLY_FIELDS: { keys: string[]; instead: string }[] = [
  { keys: ['Arguments'], instead: '`Parameters`' },
  { keys: ['Output'], instead: '`ResultSelector`, `ResultPath` or `OutputPath`' },
  { keys: ['Items'], instead: '`ItemsPath`' },
  { keys: ['ItemReader', 'Arguments'], instead: '`ItemReader.Parameters`' },
  { keys: ['ResultWriter', 'Arguments'], instead: '`ResultWriter.Parameters`' },
];

/** JSONPath fields of a Catch entry; JSONata catchers use `Output` (and both use `Assign`). */
export const CATCHER_JSONPATH_ONLY = ['ResultPath'];
/** JSONata fields of a Catch entry. */
export const CATCHER_JSONATA_ONLY = ['Output'];

/** Fields of a JSONPath choice rule: `Variable` and every comparison operator (their `…Path` forms hold paths). */
export const CHOICE_JSONPATH_FIELDS = ['Variable'];
/** A JSONPath comparison operator: `StringEquals`, `NumericLessThanPath`, `IsPresent`, … */
export const CHOICE_OPERATOR = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals|Matches)(Path)?$|^Is(Null|Present|Numeric|String|Boolean|Timestamp)$/;
