import { Option } from 'commander';
import { usageError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../document/input.js';

export const maxSizeOption = () =>
  new Option('--max-size <megabytes>', `largest policy file to read, in MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`);

export function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw usageError(`--max-size takes a number of megabytes, not ${JSON.stringify(value)}: e.g. --max-size 50`);
  }
  return Math.floor(megabytes * 1024 * 1024);
}
