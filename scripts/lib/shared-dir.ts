import path from 'node:path';

/**
 * ../shared sits beside the clone (the samples, the AADSTS reference). CI
 * clones into another folder with its own copy beside it, so never hard-code
 * where the repo lives; SHARED_DIR overrides for unusual layouts.
 */
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const SAMPLES_DIR = path.join(SHARED_DIR, 'samples');
