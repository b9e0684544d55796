import { startOptions } from '@/src/options/options-app';

function main(): void {
  void startOptions(document);
}

main();
