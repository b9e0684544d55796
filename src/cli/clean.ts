#!/usr/bin/env node
/**
 * The command-line cleaner: the same pipeline as the extension, on a saved page.
 *   npm run -s clean -- page.html --url URL --format json --script hans
 */
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { cleanPage, InputError } from './clean-page';
import { toMarkdown } from '../export/to-markdown';
import { toPlainText } from '../export/to-plain-text';
import type { Article } from '../shared/types';

function readInput(input: string): Uint8Array {
  try {
    return input === '-' ? readFileSync(0) : readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${input === '-' ? 'standard input' : input}: ${why}`);
  }
}

function render(article: Article, format: CliArgs['format'], script: CliArgs['script']): string {
  switch (format) {
    case 'md':
      return toMarkdown(article, { script });
    case 'txt':
      return toPlainText(article, { script });
    case 'html':
      return article.html;
    default: {
      const { blocks: _blocks, ...rest } = article;
      return JSON.stringify(rest, null, 2);
    }
  }
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`qingdu: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!args.input) {
    process.stderr.write(`qingdu: which page? Give a file, or - for standard input.\n${USAGE}\n`);
    return 2;
  }
  try {
    const { article } = await cleanPage(readInput(args.input), args);
    process.stdout.write(render(article, args.format, args.script) + '\n');
    if (!article.isArticle && args.format !== 'json') process.stderr.write(`qingdu: this page does not look like an article (${article.reason}); use --force to extract it anyway\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(`qingdu: ${e.message}\n`);
      return e instanceof UsageError ? 2 : 1;
    }
    process.stderr.write(`qingdu: could not clean this page: ${(e as Error).message}\n`);
    return 1;
  }
}

// `clean page.html | head`: a reader that stops early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main().then((code) => {
  process.exitCode = code;
});
