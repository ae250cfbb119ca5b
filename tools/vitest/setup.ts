// Setup file of every test project but the validator's: every state machine a test synthesizes must be valid.
import { checkSynthesizedDefinitions } from '../src/definitions';

checkSynthesizedDefinitions();
