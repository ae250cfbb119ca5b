"""What every example runs in: jsii-rosetta's convention, in Python.

An example is the body of a stack's constructor (``self`` is the stack), with the modules of aws-cdk-lib's
rosetta fixture imported (``sfn``, ``lambda_``, ``iam``, …) and every name that its ``# name: type`` lines
declare given a value of that type. ``run`` executes one, puts the states it made into state machines when it
made none itself, and returns the synthesized template.
"""
import datetime
import json
import re
import types
from typing import Any, Callable, Dict, List, Optional, Tuple

import aws_cdk
import constructs
from aws_cdk import (
    Duration,
    RemovalPolicy,
    SecretValue,
    Size,
    Stack,
    assertions,
    aws_apigateway as apigateway,
    aws_apigatewayv2 as apigatewayv2,
    aws_batch as batch,
    aws_codebuild as codebuild,
    aws_dynamodb as dynamodb,
    aws_ec2 as ec2,
    aws_ecs as ecs,
    aws_eks as eks,
    aws_glue as glue,
    aws_iam as iam,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_s3 as s3,
    aws_sns as sns,
    aws_sqs as sqs,
    aws_stepfunctions as sfn,
)

ACCOUNT = "123456789012"
REGION = "us-east-1"

# The names of aws-cdk-lib's rosetta fixture for aws-stepfunctions-tasks (default.ts-fixture), in Python.
FIXTURE_NAMES: Dict[str, Any] = {
    "Duration": Duration,
    "RemovalPolicy": RemovalPolicy,
    "SecretValue": SecretValue,
    "Size": Size,
    "Stack": Stack,
    "Construct": constructs.Construct,
    "dynamodb": dynamodb,
    "ec2": ec2,
    "ecs": ecs,
    "iam": iam,
    "lambda_": lambda_,
    "s3": s3,
    "sfn": sfn,
    "sns": sns,
    "sqs": sqs,
}


def _bucket(stack: Stack, name: str) -> Any:
    return s3.Bucket(stack, name)


def _function(stack: Stack, name: str) -> Any:
    return lambda_.Function(
        stack, name,
        runtime=lambda_.Runtime.NODEJS_LATEST,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({});"),
    )


def _queue(stack: Stack, name: str) -> Any:
    return sqs.Queue(stack, name, fifo=True) if "fifo" in name.lower() else sqs.Queue(stack, name)


def _topic(stack: Stack, name: str) -> Any:
    return sns.Topic(stack, name, fifo=True) if "fifo" in name.lower() else sns.Topic(stack, name)


def _table(stack: Stack, name: str) -> Any:
    return dynamodb.Table(stack, name, partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))


def _eks_cluster(stack: Stack, name: str) -> Any:
    # An imported cluster: a new one brings kubectl and its custom resources, which no example needs.
    return eks.Cluster.from_cluster_attributes(
        stack, name,
        cluster_name=name,
        cluster_endpoint="https://EXAMPLE.gr7.us-east-1.eks.amazonaws.com",
        cluster_certificate_authority_data="Y2VydGlmaWNhdGU=",
    )


def _project(stack: Stack, name: str) -> Any:
    return codebuild.Project(
        stack, name,
        build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["echo build"]}}}),
    )


def _state_machine(stack: Stack, name: str) -> Any:
    return sfn.StateMachine(stack, name, definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, f"{name}Pass")))


def _rest_api(stack: Stack, name: str) -> Any:
    api = apigateway.RestApi(stack, name)
    api.root.add_method("ANY")
    return api


def _job_definition(stack: Stack, name: str) -> Any:
    return batch.EcsJobDefinition(
        stack, name,
        container=batch.EcsEc2ContainerDefinition(
            stack, f"{name}Container",
            image=ecs.ContainerImage.from_registry("public.ecr.aws/amazonlinux/amazonlinux:latest"),
            memory=Size.mebibytes(512),
            cpu=1,
        ),
    )


def _crawler(stack: Stack, name: str) -> Any:
    return glue.CfnCrawler(
        stack, name,
        role=f"arn:aws:iam::{ACCOUNT}:role/crawler",
        targets=glue.CfnCrawler.TargetsProperty(s3_targets=[glue.CfnCrawler.S3TargetProperty(path="s3://my-bucket/data")]),
    )


# A value for each declared type (`module.Type`, the module as the TypeScript text aliases it), interfaces and
# classes alike.
FACTORIES: Dict[str, Callable[[Stack, str], Any]] = {
    "Stack": lambda stack, _name: stack,
    "s3.IBucket": _bucket,
    "s3.Bucket": _bucket,
    "lambda.IFunction": _function,
    "lambda.Function": _function,
    "sqs.IQueue": _queue,
    "sqs.Queue": _queue,
    "sns.ITopic": _topic,
    "sns.Topic": _topic,
    "dynamodb.ITable": _table,
    "dynamodb.Table": _table,
    "eks.ICluster": _eks_cluster,
    "eks.Cluster": _eks_cluster,
    "ec2.IVpc": lambda stack, name: ec2.Vpc(stack, name),
    "ec2.ISecurityGroup": lambda stack, name: ec2.SecurityGroup.from_security_group_id(stack, name, "sg-0123456789abcdef0"),
    "kms.IKey": lambda stack, name: kms.Key(stack, name),
    "iam.IRole": lambda stack, name: iam.Role(stack, name, assumed_by=iam.AccountRootPrincipal()),
    "codebuild.IProject": _project,
    "codebuild.Project": _project,
    "codebuild.IReportGroup": lambda stack, name: codebuild.ReportGroup(stack, name),
    "sfn.IStateMachine": _state_machine,
    "sfn.StateMachine": _state_machine,
    "apigateway.IRestApi": _rest_api,
    "apigateway.RestApi": _rest_api,
    "apigatewayv2.HttpApi": lambda stack, name: apigatewayv2.HttpApi(stack, name),
    "apigatewayv2.IHttpApi": lambda stack, name: apigatewayv2.HttpApi(stack, name),
    "batch.EcsJobDefinition": _job_definition,
    "batch.IJobDefinition": _job_definition,
    # A job queue needs a compute environment: imported instead.
    "batch.JobQueue": lambda stack, name: batch.JobQueue.from_job_queue_arn(stack, name, f"arn:aws:batch:{REGION}:{ACCOUNT}:job-queue/{name}"),
    "batch.IJobQueue": lambda stack, name: batch.JobQueue.from_job_queue_arn(stack, name, f"arn:aws:batch:{REGION}:{ACCOUNT}:job-queue/{name}"),
    "glue.CfnCrawler": _crawler,
    # A point in time (TypeScript's Date, Python's datetime).
    "Date": lambda _stack, _name: datetime.datetime(2030, 1, 1, 9, 0, tzinfo=datetime.timezone.utc),
}

DECLARATION = re.compile(r"^#\s*([A-Za-z_]\w*)\s*:\s*([A-Za-z_][\w.]*)\s*$", re.M)


def declarations(code: str) -> List[Tuple[str, str]]:
    """The ``# name: type`` lines of an example."""
    return DECLARATION.findall(code)


def new_stack() -> Stack:
    app = aws_cdk.App()
    # An account and region, as the parity tests have: Vpc.from_lookup needs them.
    return Stack(app, "Stack", env=aws_cdk.Environment(account=ACCOUNT, region=REGION))


def namespace(stack: Stack, declared: List[Tuple[str, str]], extra: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    names: Dict[str, Any] = {**FIXTURE_NAMES, "self": stack}
    for name, type_ in declared:
        if type_ not in FACTORIES:
            raise KeyError(f"the fixture has no value for `# {name}: {type_}`: add the type to FACTORIES")
        names[name] = FACTORIES[type_](stack, name)
    names.update(extra or {})
    return names


def run(code: str, declared: List[Tuple[str, str]], extra: Optional[Callable[[Stack], Dict[str, Any]]] = None, label: str = "example") -> Tuple[Stack, Dict[str, Any]]:
    """Runs an example in a new stack; returns the stack and the example's names."""
    stack = new_stack()
    names = namespace(stack, declared, extra(stack) if extra else None)
    before = {c.node.path for c in stack.node.find_all()}
    exec(compile(code, f"<{label}>", "exec"), names)
    made = [c for c in stack.node.find_all() if c.node.path not in before]
    # An example that builds tasks without a state machine: each goes into one, so the template has its
    # definition and IAM statements.
    if not any(isinstance(c, sfn.StateMachine) for c in made):
        states = [c for c in made if isinstance(c, sfn.State)]
        for i, state in enumerate(states):
            sfn.StateMachine(stack, f"StateMachine{i}", definition_body=sfn.DefinitionBody.from_chainable(state))
    return stack, names


HASH = re.compile(r"[0-9a-f]{64}")


def template(stack: Stack) -> Dict[str, Any]:
    """The synthesized template, asset hashes replaced (the packages bundle their own handler code)."""
    text = json.dumps(assertions.Template.from_stack(stack).to_json(), sort_keys=True)
    return json.loads(HASH.sub("<hash>", text))


def differences(a: Any, b: Any, path: str = "") -> List[str]:
    """The JSON paths where two values differ (definitions compared parsed, as JSON)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: List[str] = []
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                out.append(f"{path}/{key} ({'missing in ours' if key not in a else 'only in ours'})")
            else:
                out.extend(differences(a[key], b[key], f"{path}/{key}"))
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}/{i}")]
    return [] if a == b else [path or "/"]


# jsii-rosetta's Python for names ending in "MiB" (memoryLimitMiB -> memory_limit_mi_b) is not the name jsii-pacmak
# generates (memory_limit_mib): the translator's defect, in aws-cdk-lib's docs as in ours. Applied to our examples.
ROSETTA_NAME_FIXES = [("_mi_b=", "_mib=")]


def python_blocks(doc: str) -> List[str]:
    """The Python code blocks of a module docstring (the README, its examples translated by jsii-rosetta)."""
    blocks = re.findall(r"```python\n(.*?)```", doc or "", re.S)
    for old, new in ROSETTA_NAME_FIXES:
        blocks = [b.replace(old, new) for b in blocks]
    return blocks


def module_namespace(module: types.ModuleType) -> Dict[str, Any]:
    return {name: getattr(module, name) for name in getattr(module, "__all__", [])}
