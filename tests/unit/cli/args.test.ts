import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';

describe('CLI arguments', () => {
  it('accepts options and the file in any order', () => {
    const a = parseArgs(['--format', 'json', '--url', 'https://a.example/1', 'page.html', '--script=hans']);
    const b = parseArgs(['page.html', '--script', 'hans', '--url=https://a.example/1']);
    expect(a).toMatchObject({ input: 'page.html', url: 'https://a.example/1', format: 'json', script: 'hans' });
    expect(b).toMatchObject({ input: 'page.html', url: 'https://a.example/1', script: 'hans' });
  });

  it('reads standard input with -', () => {
    expect(parseArgs(['-', '--format', 'md']).input).toBe('-');
  });

  it.each([
    [['--format', 'pdf', 'a.html'], /--format must be one of/],
    [['--script', 'jp', 'a.html'], /--script must be one of/],
    [['--bogus', 'a.html'], /unknown option --bogus/],
    [['a.html', 'b.html'], /only one page/],
    [['a.html', '--url'], /--url needs a value/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
