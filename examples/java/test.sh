#!/usr/bin/env bash
# `nx run example-java:test`: compiles the Java sources jsii-pacmak generated for tasks-core, tasks-lambda and
# tasks-sqs with a JUnit test against aws-cdk-lib from Maven Central, and runs it; Surefire writes .results/.
set -euo pipefail
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
cd "$(dirname "$0")"
rm -rf .results
mvn --batch-mode --quiet --no-transfer-progress test
