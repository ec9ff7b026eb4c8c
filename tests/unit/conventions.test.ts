import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorStrategies } from '@/utils/editors';
import { features } from '@/utils/features';
import { siteAdapters } from '@/utils/sites';

const moduleNames = (dir: string, skip: string[]) =>
  readdirSync(dir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => basename(file, extname(file)))
    .filter((name) => !skip.includes(name));

const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const readme = readFileSync('README.md', 'utf8');

describe('registries follow the one-file-per-member convention', () => {
  it('every feature file is registered under an id equal to its file name, and the README lists it', () => {
    const files = moduleNames('utils/features', ['index', 'types']);
    expect(features.map((feature) => feature.id).sort()).toEqual(files.sort());
    for (const feature of features) expect(readme, `README lists ${feature.id}`).toContain(`\`${feature.id}\``);
  });

  it('every site adapter file is registered', () => {
    const files = moduleNames('utils/sites', ['index', 'types', 'query', 'atlassian-editor', 'issue-key']);
    expect(siteAdapters.map((site) => camel(site.id)).sort()).toEqual(files.map(camel).sort());
  });

  it('every editor strategy file is registered under its id', () => {
    const files = moduleNames('utils/editors', ['index', 'types', 'selection', 'paste-event', 'is-empty', 'tinymce-api', 'tinymce-api-handler']);
    expect(editorStrategies.map((strategy) => strategy.id).sort()).toEqual(files.sort());
  });
});
