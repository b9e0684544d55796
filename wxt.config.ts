import { defineConfig } from 'wxt';

// Qingdu asks for the fewest permissions: activeTab + scripting to read the page the
// user clicked on, sidePanel for the reader, storage for settings, contextMenus for the
// page menu item. Host access is optional and only requested for auto-detect.
export default defineConfig({
  imports: false,
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
