import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/fixtures beside the project, wherever the clone lives (CI clones elsewhere). */
export const fixturesDir = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

export const fixture = (name: 'sample-image.png' | 'sample-portrait.mp4' | 'sample-landscape.mp4'): Buffer => readFileSync(`${fixturesDir}${name}`);
