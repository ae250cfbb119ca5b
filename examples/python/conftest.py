"""pytest: the tests import their fixture from tests/; the jsii runtime's Node.js banner is silenced."""
import os
import sys

os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "tests"))
