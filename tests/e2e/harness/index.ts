export { launch, type Harness, type LaunchOptions, type PageErrorRecord } from './launch';
export { buildExtension, extensionDir } from './extension';
export { readBody, sendJson, startLocalServer, type FixtureServer, type LocalServer } from '../../fixtures/server';
export type { FixtureUrls } from '../../fixtures/urls';
