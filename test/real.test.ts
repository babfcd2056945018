import { describeCorpus } from './corpus/harness';
import { REAL } from './real/cases';

/** Issue 19: the offices' own workbooks, each judged by its truth (test/real/NAME.expect.json). */
describeCorpus(REAL);
