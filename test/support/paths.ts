import * as path from 'node:path';

/** The repository root, from out/test/** where the compiled tests run. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEED = path.join(ROOT, 'test', 'fixtures', 'seed.maillog');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
