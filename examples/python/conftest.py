"""pytest: the tests import their fixture from tests/; the jsii runtime's Node.js banner is silenced."""
import os
import sys

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
# As in the vitest suites: aws-cdk-lib's template validator (seconds per synth) is off.
os.environ.setdefault("CDK_VALIDATION", "false")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "tests"))
