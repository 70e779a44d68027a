/**
 * Every property test stops after a minute, failing. A property that fails on thousands of
 * values can shrink them for half an hour (it once held a CI worker for 24 minutes), and a
 * synchronous loop is out of reach of vitest's own timeout; fast-check checks the clock before
 * each run, shrinking included, and reports the smallest failing case it had reached.
 */
import fc from 'fast-check';

fc.installGlobalPlugin(fc.interruptAfterTimeLimit(60_000, { failOnInterrupt: true }));
