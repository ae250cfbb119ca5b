#!/usr/bin/env bash
# `nx run example-go:test`: `go build` of the Go modules jsii-pacmak generated for tasks-core and tasks-lambda
# (go.mod replaces them by their folders under packages/*/dist/go), then of this program that uses them. Writes a
# JUnit report (one case per build) to .results/, which `npm test` counts.
set -uo pipefail
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
cd "$(dirname "$0")"
rm -rf .results && mkdir -p .results
cases=""
failures=0
build() {
  local name="$1"; shift
  if go build -o /dev/null "$@" 2> .results/"$name".log; then
    cases+="<testcase classname=\"go build\" name=\"$name\"/>"
  else
    failures=$((failures + 1))
    cat .results/"$name".log >&2
    cases+="<testcase classname=\"go build\" name=\"$name\"><failure message=\"go build failed\"/></testcase>"
  fi
}
build taskscore github.com/cdk-stepfunctions/cdk-stepfunctions-go/taskscore
build taskslambda github.com/cdk-stepfunctions/cdk-stepfunctions-go/taskslambda
build example .
echo "<testsuite name=\"go build\" tests=\"3\" failures=\"$failures\" errors=\"0\" skipped=\"0\">$cases</testsuite>" > .results/go-build.xml
echo "go build: $((3 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
