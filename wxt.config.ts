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
          browser_specific_settings: {
            gecko: {
              id: 'product-ops-kit@productopskit.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
