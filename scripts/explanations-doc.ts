/** Rewrites docs/explanations.md from the explanation catalogue: npm run docs:explanations */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { explanationsPage } from './lib/explanations-page';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'explanations.md');
writeFileSync(file, explanationsPage());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
