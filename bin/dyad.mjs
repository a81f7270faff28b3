#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx dyad` works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/apps/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
