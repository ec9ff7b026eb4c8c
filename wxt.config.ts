import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT_OUT_DIR lets parallel test runs build into separate folders without clobbering each other.
export default defineConfig({
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Product Ops Kit',
    description:
      'Templates, checklists, one-click feedback and adoption metrics for product ops, inside Jira and Confluence.',
    permissions: ['storage', 'alarms', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: ['https://*.atlassian.net/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
    commands: {
      'insert-template': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Insert template',
      },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions (WXT drops the key): DC origins are requested from these.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 (Android 142); web-ext lint warns below that.
            gecko: {
              id: 'product-ops-kit@productopskit.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
