import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired up in the extension issue; kept minimal so the build is loadable.
});
