#!/usr/bin/env node
import { runCli } from './run.js';
import { wantsColour } from './style.js';

const result = runCli(process.argv.slice(2), { colour: wantsColour(process.stdout, process.env) });
if (result.stdout) process.stdout.write(`${result.stdout}\n`);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
process.exitCode = result.exitCode;
