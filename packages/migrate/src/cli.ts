#!/usr/bin/env node
// The `cdk-stepfunctions-migrate` command (work in progress, issue #13).
export {};
