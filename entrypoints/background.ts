import { defineBackground } from '#imports';
import { startBackground } from '@/src/extension/background-service';

export default defineBackground(() => {
  startBackground();
});
