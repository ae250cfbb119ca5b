import type { IConstruct } from 'constructs';
import { ArnFormat, Stack, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { describeValue, isDynamic, validateItemCount, validationError } from '@cdk-stepfunctions/tasks-core';

/** What a build ID or ARN names: a build, a batch build, or a report. */
export type CodeBuildResourceKind = 'build' | 'build-batch' | 'report';

/** The project's ARN, from its reference or, on aws-cdk-lib releases without references, its ARN attribute. */
export function projectArnOf(project: codebuild.IProjectRef): string {
  const legacy = project as unknown as { readonly projectArn?: string };
  return project.projectRef?.projectArn ?? (legacy.projectArn as string);
}

/** The project's name, from its reference or, on aws-cdk-lib releases without references, its name attribute. */
export function projectNameOf(project: codebuild.IProjectRef): string {
  const legacy = project as unknown as { readonly projectName?: string };
  return project.projectRef?.projectName ?? (legacy.projectName as string);
}

/** The report group's ARN, from its reference or its ARN attribute. */
export function reportGroupArnOf(reportGroup: codebuild.IReportGroupRef): string {
  const legacy = reportGroup as unknown as { readonly reportGroupArn?: string };
  return reportGroup.reportGroupRef?.reportGroupArn ?? (legacy.reportGroupArn as string);
}

/** A CodeBuild project name: 2 to 255 of letters, digits, `-` and `_`, starting with a letter or digit. */
const PROJECT_NAME = '[A-Za-z0-9][A-Za-z0-9_-]{1,254}';
/** A report group name: 2 to 128 of letters, digits, `-` and `_`, starting with a letter or digit. */
const REPORT_GROUP_NAME = '[A-Za-z0-9][A-Za-z0-9_-]{1,127}';
/** The part of an ID after the project (or report group) name and its colon. */
const SUFFIX = '[^:\\s/]+';

/** The parts of a static build, batch build or report ID that name where it lives. */
interface ParsedId {
  /** The project's (or, for a report, the report group's) name. */
  readonly name: string;
  /** The ARN's partition, region and account, when the ID is an ARN. */
  readonly location?: { readonly partition: string; readonly region: string; readonly account: string };
}

const ID_SHAPES: Record<CodeBuildResourceKind, { id?: RegExp; arn: RegExp; allowed: string }> = {
  'build': {
    id: new RegExp(`^(${PROJECT_NAME}):${SUFFIX}$`),
    arn: new RegExp(`^arn:([a-z0-9-]+):codebuild:([a-z0-9-]+):(\\d{12}):build/(${PROJECT_NAME}):${SUFFIX}$`),
    allowed: 'a build ID `<project-name>:<build-id>` or a build ARN',
  },
  'build-batch': {
    id: new RegExp(`^(${PROJECT_NAME}):${SUFFIX}$`),
    arn: new RegExp(`^arn:([a-z0-9-]+):codebuild:([a-z0-9-]+):(\\d{12}):build-batch/(${PROJECT_NAME}):${SUFFIX}$`),
    allowed: 'a batch build ID `<project-name>:<batch-id>` or a batch build ARN',
  },
  'report': {
    arn: new RegExp(`^arn:([a-z0-9-]+):codebuild:([a-z0-9-]+):(\\d{12}):report/(${REPORT_GROUP_NAME}):${SUFFIX}$`),
    allowed: 'a report ARN `arn:<partition>:codebuild:<region>:<account>:report/<report-group-name>:<report-id>`',
  },
};

/** Parses a static ID of `kind`; throws a validation error naming `prop` when it has another shape. */
function parseId(scope: IConstruct, prop: string, kind: CodeBuildResourceKind, value: string): ParsedId {
  const shape = ID_SHAPES[kind];
  const arn = shape.arn.exec(value);
  if (arn) return { name: arn[4], location: { partition: arn[1], region: arn[2], account: arn[3] } };
  const id = shape.id?.exec(value);
  if (id) return { name: id[1] };
  throw validationError(scope, `\`${prop}\` must be ${shape.allowed}, got ${describeValue(value)}`);
}

/** The ARN of the project (or report group) a parsed ID belongs to: where the ID's ARN says, else in the stack. */
function ownerArn(scope: IConstruct, kind: CodeBuildResourceKind, parsed: ParsedId): string {
  const resource = kind === 'report' ? 'report-group' : 'project';
  if (parsed.location) {
    const { partition, region, account } = parsed.location;
    return `arn:${partition}:codebuild:${region}:${account}:${resource}/${parsed.name}`;
  }
  return Stack.of(scope).formatArn({ service: 'codebuild', resource, resourceName: parsed.name, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
}

/** Every project (or report group) of the stack's account and region: what a run-time ID may name. */
function anyOwnerArn(scope: IConstruct, kind: CodeBuildResourceKind): string {
  const resource = kind === 'report' ? 'report-group' : 'project';
  return Stack.of(scope).formatArn({ service: 'codebuild', resource, resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
}

/** Where the IDs of a task live, for scoping its IAM statement. */
export interface OwnerOptions {
  /** The prop that holds the IDs, named in errors. */
  readonly prop: string;
  readonly kind: CodeBuildResourceKind;
  /** The IDs: static, JSONPath or JSONata values, or a token for the whole list. */
  readonly ids: string[];
  /** The project (or report group) the user named, its ARN and, when known, its static name. */
  readonly owner?: { readonly arn: string; readonly name?: string; readonly prop: string };
}

/**
 * The resources an IAM statement on the IDs needs: the named owner; else the projects (report groups) that the
 * static IDs name; else, when an ID is only known at run time, every project (report group) of the stack's
 * account and region. Static IDs are checked for their documented shape, and against the named owner.
 */
export function ownerResources(scope: IConstruct, options: OwnerOptions): string[] {
  const { prop, kind, ids, owner } = options;
  const wholeListIsDynamic = Token.isUnresolved(ids);
  const parsed: ParsedId[] = [];
  let anyDynamic = wholeListIsDynamic;
  if (!wholeListIsDynamic) {
    for (const id of ids) {
      if (isDynamic(id)) {
        anyDynamic = true;
        continue;
      }
      const p = parseId(scope, prop, kind, id);
      if (owner?.name !== undefined && !Token.isUnresolved(owner.name) && p.name !== owner.name) {
        throw validationError(scope, `\`${prop}\` must name ${kind === 'report' ? 'a report of' : 'a build of'} ` +
          `\`${owner.prop}\` '${owner.name}', got ${describeValue(id)} (of '${p.name}')`);
      }
      parsed.push(p);
    }
  }
  if (owner) return [owner.arn];
  if (anyDynamic) return [anyOwnerArn(scope, kind)];
  return [...new Set(parsed.map((p) => ownerArn(scope, kind, p)))];
}

/**
 * Throws unless a static list `ids` of `prop` has from `min` to `max` entries, none of them empty and none a
 * JSONPath value (the States Language takes paths only as whole fields, not inside arrays).
 */
export function validateIdList(scope: IConstruct, prop: string, ids: string[], min: number, max: number): void {
  validateItemCount(scope, prop, ids, min, max);
  if (Token.isUnresolved(ids)) return;
  ids.forEach((id, i) => {
    if (JsonPath.isEncodedJsonPath(id)) {
      throw validationError(scope, `\`${prop}[${i}]\` must not be a JSONPath value, as the States Language takes ` +
        `paths only as whole fields: give the whole list as JsonPath.listAt('$.…'), got ${describeValue(id)}`);
    }
    if (!isDynamic(id) && id.trim() === '') {
      throw validationError(scope, `\`${prop}[${i}]\` must not be empty, got ${describeValue(id)}`);
    }
  });
}

/** Throws unless the static string `value` of `prop` is not empty. */
export function validateNotEmpty(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isDynamic(value)) return;
  if (value.trim() === '') throw validationError(scope, `\`${prop}\` must not be empty, got ${describeValue(value)}`);
}

/** A statement allowing `actions` on `resources`. */
export function codebuildStatement(actions: string[], resources: string[]): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions, resources });
}
