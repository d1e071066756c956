import * as path from 'node:path';

/** The repository root, from out/test/** where the compiled tests run. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEED = path.join(ROOT, 'test', 'fixtures', 'seed.maillog');
/** 2,000 generated lines of ordinary traffic, the fixture of the protocol and engine tests. */
export const GENERATED_2K = path.join(ROOT, 'test', 'fixtures', 'generated-2k.maillog');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
