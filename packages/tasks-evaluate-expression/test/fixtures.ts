import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';

interface Resource {
  readonly Type: string;
  readonly Properties?: { Code?: { S3Key?: unknown }; Role?: { 'Fn::GetAtt'?: [string, string] } };
}

/**
 * The snapshot with what differs on purpose between the two implementations' evaluation functions made equal
 * (README, "Differences from aws-cdk-lib"): the code asset's hash. The logical ids of the functions (and their own
 * roles) are the same in both for the runtimes aws-cdk-lib lists, and are renamed anyway so the cases compare the
 * rest: functions become `EvalFunction1`, `EvalFunction2`, … in the order the template lists them, their roles
 * `EvalFunction1Role`, …
 */
export function normalizeEvalFunctions(snapshot: ParitySnapshot): ParitySnapshot {
  const resources = (snapshot.template.Resources ?? {}) as Record<string, Resource>;
  const renames = new Map<string, string>();
  let n = 0;
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::Lambda::Function' || typeof resource.Properties?.Code?.S3Key !== 'string') continue;
    const name = `EvalFunction${++n}`;
    renames.set(id, name);
    const role = resource.Properties.Role?.['Fn::GetAtt']?.[0];
    if (role && role.startsWith(id.slice(0, -8))) renames.set(role, `${name}Role`);
  }
  let text = JSON.stringify(snapshot).replace(/"[0-9a-f]{64}\.zip"/g, '"<asset>.zip"');
  for (const [from, to] of renames) text = text.split(`"${from}"`).join(`"${to}"`);
  return JSON.parse(text);
}
