import { describe, expect, it } from 'vitest';
import { Progress } from '../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 40, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('Progress', () => {
  it('stays silent when stderr is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    const progress = new Progress(stream, 0);
    progress.update('reading');
    progress.done();
    expect(writes).toEqual([]);
  });

  it('stays silent for scans quicker than the delay', () => {
    const { stream, writes } = fakeStream(true);
    const progress = new Progress(stream, 60_000);
    progress.update('reading');
    progress.done();
    expect(writes).toEqual([]);
  });

  it('draws one line on a terminal after the delay, cut to its width, and clears it when done', () => {
    const { stream, writes } = fakeStream(true);
    const progress = new Progress(stream, 0);
    progress.update(`comparing versions 1/1000 ${'x'.repeat(100)}`);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\r\u001b\[2Kpolicydiff: comparing versions 1\/1000 x+$/);
    expect(writes[0]!.length).toBe('\r\u001b[2K'.length + 39);
    progress.done();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });
});
