import { describe, expect, it } from 'vitest';
import { originToPattern } from '@/utils/dc-origins/origin-pattern';

describe('originToPattern', () => {
  it('names the exact origin, port included, where match patterns can hold a port', () => {
    expect(originToPattern('http://jira.corp.test:8080', true)).toBe('http://jira.corp.test:8080/*');
    expect(originToPattern('https://confluence.example.com', true)).toBe('https://confluence.example.com/*');
  });

  it('drops the port for Firefox, whose patterns with a port never match a page', () => {
    expect(originToPattern('http://jira.corp.test:8080', false)).toBe('http://jira.corp.test/*');
    expect(originToPattern('https://confluence.example.com', false)).toBe('https://confluence.example.com/*');
  });
});
