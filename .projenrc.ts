import { Monorepo } from './tools/projen';

const repo = new Monorepo();

// One line per AWS service package (or: `npm run new-service -- <service> "<Title>"`).
repo.addService('lambda', 'AWS Lambda', ['lambda/invoke.d.ts']);

repo.addExample({ packages: ['tasks-lambda'] });
repo.addBench({ packages: ['tasks-lambda'] });
repo.synth();
