import { defineConfig } from 'wxt';

// Qingdu asks for the fewest permissions: activeTab + scripting to read the page the
// user clicked on, sidePanel for the reader, storage for settings, contextMenus for the
// page menu item. Host access is optional and only requested for auto-detect.
export default defineConfig({
  imports: false,
  // The sources package (for add-on review) needs what builds the extension, not the tests.
  zip: { excludeSources: ['tests/**', 'bench/**', 'scratch/**', 'demo-output/**', 'test-results/**', '.ci/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qingdu@qingdu.example',
              // 140 (ESR): the first version that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android has no sidebar; this only keeps the manifest valid there.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
