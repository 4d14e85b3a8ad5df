import { writeFileSync } from 'node:fs';
import { printIdentitySchema } from './schema.js';

/** `npm run schema:print -w @casinox/identity`: writes the committed SDL (CI compares it). */
const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, await printIdentitySchema());
console.log(`wrote ${target.pathname}`);
