import { startPanel } from '@/src/reader/panel-app';

function main(): void {
  void startPanel(document, window);
}

main();
