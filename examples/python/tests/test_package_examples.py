"""Our own READMEs' examples in Python, as jsii-rosetta translated them into each wheel's module docstring.

One example per service package (its README's first) runs and synthesizes with the package's states in it; each
class that aws-cdk-lib does not have runs the first example that constructs it and renders its own integration.
"""
import pkgutil
import re
from typing import Any, Dict, List

import pytest

import cdk_stepfunctions
from aws_cdk import aws_stepfunctions as sfn

from fixture import declarations, python_blocks, run, template

MODULES = sorted(info.name for info in pkgutil.iter_modules(cdk_stepfunctions.__path__))


def _module(name: str) -> Any:
    return __import__(f"cdk_stepfunctions.{name}", fromlist=["__all__"])


def test_every_package_is_installed() -> None:
    assert len(MODULES) == 25
    assert "tasks_core" in MODULES and "tasks_lambda" in MODULES


def test_tasks_core() -> None:
    """tasks-core's README example writes a task in TypeScript (jsii carries no `_renderTask`): from Python, its
    base class is every task's, and its validation errors reach Python with their message."""
    from aws_cdk import aws_lambda as lambda_
    from cdk_stepfunctions.tasks_core import TaskStateBase
    from cdk_stepfunctions.tasks_lambda import LambdaInvoke

    tasks = [c for m in MODULES if m != "tasks_core" for c in (getattr(_module(m), n) for n in _module(m).__all__)
             if isinstance(c, type) and issubclass(c, sfn.TaskStateBase)]
    assert len(tasks) > 60 and all(issubclass(c, TaskStateBase) for c in tasks)

    stack, _ = run("", [])
    fn = lambda_.Function.from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:fn")
    with pytest.raises(Exception, match=r"LambdaInvoke at 'Stack/Invoke': `integrationPattern` must be one of"):
        LambdaInvoke(stack, "Invoke", lambda_function=fn, integration_pattern=sfn.IntegrationPattern.RUN_JOB)


@pytest.mark.parametrize("module", [m for m in MODULES if m != "tasks_core"])
def test_readme_example(module: str) -> None:
    blocks = python_blocks(_module(module).__doc__)
    assert blocks, f"{module}: its README has no example translated to Python"
    stack, _ = run(blocks[0], declarations(blocks[0]), label=f"{module} README")
    resources = template(stack).get("Resources", {})
    assert any(r["Type"] == "AWS::StepFunctions::StateMachine" for r in resources.values()), f"{module}: no state machine"
    # The example builds the package's own states.
    mod = _module(module)
    classes = tuple(c for c in (getattr(mod, n) for n in mod.__all__) if isinstance(c, type) and issubclass(c, sfn.State))
    assert any(isinstance(c, classes) for c in stack.node.find_all()), f"{module}: the example made none of its states"


# The classes that aws-cdk-lib does not have -> the integration their state's Resource names.
NEW_CLASSES: Dict[str, str] = {
    "CodeBuildBatchDeleteBuilds": "codebuild:batchDeleteBuilds",
    "CodeBuildBatchGetReports": "codebuild:batchGetReports",
    "CodeBuildDeleteBuildBatch": "codebuild:deleteBuildBatch",
    "CodeBuildRetryBuildBatch": "codebuild:retryBuildBatch",
    "CodeBuildStopBuild": "codebuild:stopBuild",
    "CodeBuildStopBuildBatch": "codebuild:stopBuildBatch",
    "EksCreateCluster": "eks:createCluster",
    "EksCreateFargateProfile": "eks:createFargateProfile",
    "EksCreateNodegroup": "eks:createNodegroup",
    "EksDeleteCluster": "eks:deleteCluster",
    "EksDeleteFargateProfile": "eks:deleteFargateProfile",
    "EksDeleteNodegroup": "eks:deleteNodegroup",
    "EksRunJob": "eks:runJob",
    "EmrServerlessCancelJobRun": "emr-serverless:cancelJobRun",
    "EmrServerlessCreateApplication": "emr-serverless:createApplication",
    "EmrServerlessDeleteApplication": "emr-serverless:deleteApplication",
    "EmrServerlessStartApplication": "emr-serverless:startApplication",
    "EmrServerlessStartJobRun": "emr-serverless:startJobRun",
    "EmrServerlessStopApplication": "emr-serverless:stopApplication",
    "SageMakerCreateHyperParameterTuningJob": "sagemaker:createHyperParameterTuningJob",
    "SageMakerCreateLabelingJob": "sagemaker:createLabelingJob",
    "SageMakerCreateProcessingJob": "sagemaker:createProcessingJob",
}


def _owner(name: str) -> str:
    owners = [m for m in MODULES if name in getattr(_module(m), "__all__", [])]
    assert owners, f"{name} is exported by no module"
    return owners[0]


def _resource_text(value: Any) -> str:
    """A state's Resource as text (a partition token joined in as `${Token}`)."""
    if isinstance(value, dict) and "Fn::Join" in value:
        return "".join(_resource_text(p) for p in value["Fn::Join"][1])
    return value if isinstance(value, str) else "${Token}"


@pytest.mark.parametrize("name", sorted(NEW_CLASSES))
def test_new_class(name: str) -> None:
    module = _owner(name)
    cls = getattr(_module(module), name)
    construct = re.compile(rf"\b{name}(\.json_path|\.jsonata)?\(")
    blocks: List[str] = [b for b in python_blocks(_module(module).__doc__) if construct.search(b)]
    assert blocks, f"{module}'s README has no Python example constructing {name}"
    stack, _ = run(blocks[0], declarations(blocks[0]), label=f"{name} README")
    states = [c for c in stack.node.find_all() if isinstance(c, cls)]
    assert states, f"the example made no {name}"
    state_json = stack.resolve(states[0].to_state_json())
    assert isinstance(states[0], sfn.TaskStateBase)
    resource = _resource_text(state_json["Resource"])
    assert f":states:::{NEW_CLASSES[name]}" in resource, resource
    template(stack)
