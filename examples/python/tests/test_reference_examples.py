"""Every example of aws-cdk-lib's aws-stepfunctions-tasks README, in its Python text, on our wheels.

Each example runs twice, each time in a new app: as written (``tasks`` is ``aws_cdk.aws_stepfunctions_tasks``),
and with only the import changed (``from cdk_stepfunctions.tasks_lambda import LambdaInvoke`` for
``tasks.LambdaInvoke``). Both synthesize, and the templates are equal, except where a package README documents a
difference from aws-cdk-lib: those examples are listed in DOCUMENTED_DIFFERENCES by the difference's name, and
for them the templates must differ (an entry that no longer makes a difference fails, so the list stays true).
An example that our package rejects (DOCUMENTED_REJECTIONS) must fail with the rule its README states.
"""
import json
import os
import pkgutil
import re
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import aws_cdk.aws_stepfunctions_tasks as reference_tasks
import cdk_stepfunctions
from aws_cdk import aws_codebuild as codebuild

from fixture import differences, run, template

REPO = Path(__file__).resolve().parents[3]
EXAMPLES_FILE = Path(os.environ.get(
    "REFERENCE_EXAMPLES",
    REPO.parent / "shared" / "reference" / "aws-stepfunctions-tasks-examples.python.json",
))

# Examples whose templates differ because our package does what its README's "Differences from aws-cdk-lib"
# section says: example id -> [(package, the difference's name as the README's bullet names it)].
LAMBDA_INVOKE = [("tasks-lambda", "Invoke permission")]
EMR_CONTAINERS_ROLE = [
    ("tasks-emr-containers", "The trust-policy function fails the deployment when the update fails"),
    ("tasks-emr-containers", "The deployment-time lookup of the virtual cluster"),
]
ECS_TAG_RESOURCE = [("tasks-ecs", "`ecs:TagResource` with `propagatedTagSource: TASK_DEFINITION`.")]
DOCUMENTED_DIFFERENCES: Dict[str, List[Tuple[str, str]]] = {
    "ex022": ECS_TAG_RESOURCE,
    "ex023": ECS_TAG_RESOURCE,
    "ex004": [("tasks-apigateway", "HTTP API without `stageName` or `apiPath`")],
    "ex008": [("tasks-athena", "`s3:ListBucketMultipartUploads` on the result bucket")],
    "ex012": [("tasks-batch", "RUN_JOB permissions"), ("tasks-batch", "`batch:SubmitJob` scoped to the job definition")],
    "ex015": [("tasks-codebuild", "StartBuild permissions")],
    "ex039": EMR_CONTAINERS_ROLE,
    "ex040": EMR_CONTAINERS_ROLE,
    "ex041": EMR_CONTAINERS_ROLE,
    "ex042": EMR_CONTAINERS_ROLE,
    "ex050": LAMBDA_INVOKE,
    "ex051": LAMBDA_INVOKE,
    "ex052": LAMBDA_INVOKE,
    "ex053": LAMBDA_INVOKE,
    "ex054": LAMBDA_INVOKE,
    "ex055": [("tasks-sagemaker", "Describe/Stop only for `.sync`")],
    "ex056": [("tasks-sagemaker", "Describe/Stop only for `.sync`"), ("tasks-sagemaker", "Transform job role")],
}

# Examples that aws-cdk-lib itself no longer synthesizes: both implementations must reject them.
# example id -> (our error, aws-cdk-lib's error).
BOTH_REJECT: Dict[str, Tuple[str, str]] = {
    # An EC2 launch target on a cluster without EC2 capacity.
    "ex024": (r"`cluster` must have EC2 capacity", r"needs Ec2 capacity"),
    # A MASTER instance fleet with no target capacity (EMR wants exactly one of them, set to 1).
    "ex026": (r"must set `targetOnDemandCapacity` or `targetSpotCapacity` above 0", r"targetOnDemandCapacity should be greater than 0"),
}

# Known defects, each failing until fixed (then the mark fails, and the entry goes).
OPEN_DEFECTS: Dict[str, str] = {}





def _project(stack: Any) -> Dict[str, Any]:
    # ex015: the project is defined in a paragraph of the text that is not valid Python (rosetta's rendering lost
    # the backslashes of the escaped quotes); this is that paragraph, escaped.
    project = codebuild.Project(
        stack, "Project",
        project_name="MyTestProject",
        build_spec=codebuild.BuildSpec.from_object({
            "version": "0.2",
            "phases": {"build": {"commands": ["echo \"Hello, CodeBuild!\""]}},
        }),
    )
    return {"codebuild": codebuild, "codebuild_project": project}


def _batch_project(stack: Any) -> Dict[str, Any]:
    # ex017: the same, for the batch build project.
    project = codebuild.Project(
        stack, "Project",
        project_name="MyTestProject",
        build_spec=codebuild.BuildSpec.from_object_to_yaml({
            "version": 0.2,
            "batch": {
                "build-list": [{
                    "identifier": "id",
                    "buildspec": "version: 0.2\nphases:\n  build:\n    commands:\n      - echo \"Hello, from small!\"",
                }],
            },
        }),
    )
    project.enable_batch_builds()
    return {"codebuild": codebuild, "project": project}


class _Json:
    """``JSON.parse`` (ex031): rosetta kept the TypeScript call in the Python text."""

    parse = staticmethod(json.loads)


# Where the text's Python no longer runs on aws-cdk-lib as it is (the same repair for both runs): the old
# translator's names for properties with "MiB" (memory_limit_mi_b, now memory_limit_mib), TaskInput.from_data_at
# (removed; from_json_path_at is the same), an eks.Cluster without the kubectl layer that is now required.
TEXT_REPAIRS: Dict[str, List[Tuple[str, str]]] = {
    "ex022": [("memory_limit_mi_b", "memory_limit_mib")],
    # The options of EcsFargateLaunchTarget are optional in TypeScript, but their platform version is required.
    "ex023": [("memory_limit_mi_b", "memory_limit_mib"), ("memory_mi_b", "memory_mib"),
              ("tasks.EcsFargateLaunchTarget()", "tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.LATEST)")],
    "ex024": [("memory_limit_mi_b", "memory_limit_mib")],
    "ex044": [('cluster_name="myEksCluster"', 'cluster_name="myEksCluster",\n    kubectl_layer=kubectl_layer')],
    "ex061": [("sfn.TaskInput.from_data_at(", "sfn.TaskInput.from_json_path_at(")],
}

# Statements run after an example (both runs): a REST API needs a method to synthesize.
AFTER: Dict[str, str] = {
    "ex002": 'rest_api.root.add_method("ANY")',
}


def _kubectl_layer(stack: Any) -> Dict[str, Any]:
    from aws_cdk import aws_lambda as lambda_
    arn = "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:1"
    return {"kubectl_layer": lambda_.LayerVersion.from_layer_version_arn(stack, "KubectlLayer", arn)}


# What the text uses without declaring it: names from paragraphs that are not valid Python, and TypeScript that
# rosetta left untranslated (``JSON.parse``, ``null``).
REPAIRS: Dict[str, Any] = {
    "ex044": _kubectl_layer,
    "ex015": _project,
    "ex017": _batch_project,
    "ex031": lambda _stack: {"JSON": _Json},
    "ex061": lambda _stack: {"null": None},
}


def _load_examples() -> List[Dict[str, Any]]:
    if not EXAMPLES_FILE.exists():
        # The examples are the reference README as Python users read it, kept beside the project (not in it: it is
        # aws-cdk's text). A clone elsewhere runs every other Python test; REQUIRE_REFERENCE_EXAMPLES=1 makes it fail.
        reason = f"{EXAMPLES_FILE} (the reference README's Python examples) is missing; set REFERENCE_EXAMPLES to run them"
        if os.environ.get("REQUIRE_REFERENCE_EXAMPLES") == "1":
            raise FileNotFoundError(reason)
        pytest.skip(reason, allow_module_level=True)
    return json.loads(EXAMPLES_FILE.read_text())


EXAMPLES = _load_examples()


def _our_exports() -> Dict[str, str]:
    """Every name our modules export -> the module (the first that exports it)."""
    exports: Dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(cdk_stepfunctions.__path__), key=lambda m: m.name):
        module = __import__(f"cdk_stepfunctions.{info.name}", fromlist=["__all__"])
        for name in getattr(module, "__all__", []):
            exports.setdefault(name, module.__name__)
    return exports


OURS = _our_exports()
TASKS_NAME = re.compile(r"\btasks\.([A-Za-z_]\w*)")


def with_our_imports(code: str) -> str:
    """The example with only the import changed: `tasks.X` -> `X`, imported from the module that exports it."""
    names = sorted(set(TASKS_NAME.findall(code)))
    missing = [n for n in names if n not in OURS]
    if missing:
        raise AssertionError(f"not exported by any cdk_stepfunctions module: {missing}")
    by_module: Dict[str, List[str]] = {}
    for name in names:
        by_module.setdefault(OURS[name], []).append(name)
    imports = "".join(f"from {module} import {', '.join(sorted(ns))}\n" for module, ns in sorted(by_module.items()))
    return imports + TASKS_NAME.sub(lambda m: m.group(1), code)


def _declared(example: Dict[str, Any]) -> List[Tuple[str, str]]:
    return [(d["name"], d["type"]) for d in example["declares"]]


def test_the_text_has_every_example() -> None:
    assert len(EXAMPLES) == 66
    assert all(e["id"] == f"ex{i + 1:03d}" for i, e in enumerate(EXAMPLES))


@pytest.mark.parametrize("example", [
    pytest.param(e, marks=pytest.mark.xfail(reason=OPEN_DEFECTS[e["id"]], strict=True)) if e["id"] in OPEN_DEFECTS else e
    for e in EXAMPLES
], ids=[e["id"] for e in EXAMPLES])
def test_reference_example(example: Dict[str, Any]) -> None:
    repair = REPAIRS.get(example["id"])
    declared = _declared(example)
    code = example["code"]
    for old, new in TEXT_REPAIRS.get(example["id"], []):
        assert old in code, f"{example['id']}: the repair of {old!r} no longer applies"
        code = code.replace(old, new)
    code += "\n" + AFTER.get(example["id"], "")
    rejection = BOTH_REJECT.get(example["id"])
    if rejection:
        with pytest.raises(Exception, match=rejection[0]):
            template(run(with_our_imports(code), declared, repair, f"{example['id']} ours")[0])
        with pytest.raises(Exception, match=rejection[1]):
            template(run(code, declared, lambda st: {"tasks": reference_tasks, **(repair(st) if repair else {})}, "reference")[0])
        return
    ours_stack, _ = run(with_our_imports(code), declared, repair, f"{example['id']} ours")
    ours = template(ours_stack)

    def reference_names(stack: Any) -> Dict[str, Any]:
        return {"tasks": reference_tasks, **(repair(stack) if repair else {})}

    reference_stack, _ = run(code, declared, reference_names, f"{example['id']} reference")
    reference = template(reference_stack)

    documented = DOCUMENTED_DIFFERENCES.get(example["id"])
    if documented:
        assert ours != reference, f"{example['id']} no longer differs: remove it from DOCUMENTED_DIFFERENCES"
        for package, name in documented:
            readme = (REPO / "packages" / package / "README.md").read_text()
            section = readme.split("## Differences from aws-cdk-lib", 1)[-1]
            assert f"**{name}**" in section, f"{package}'s README lists no difference named {name!r}"
    else:
        diff = differences(ours, reference)
        assert not diff, f"{example['id']} ({example['section']}): templates differ at {diff[:20]}"
