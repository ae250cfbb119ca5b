#!/usr/bin/env bash
# `nx run example-java:test`: compiles the Java sources jsii-pacmak generated for tasks-core, tasks-lambda and
# tasks-sqs with a JUnit test against aws-cdk-lib from Maven Central, and runs it; Surefire writes .results/.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf .results
mvn --batch-mode --quiet --no-transfer-progress test
