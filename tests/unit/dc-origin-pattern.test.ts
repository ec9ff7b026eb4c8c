import { describe, expect, it } from 'vitest';
import { dcOriginSchema, originToPattern } from '@/utils/dc-origins/origin-pattern';

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

describe('dcOriginSchema', () => {
  it('keeps the origin the user typed, scheme defaulting to https', () => {
    expect(dcOriginSchema.parse(' jira.corp.test:8080/browse/ABC-1 ')).toBe('https://jira.corp.test:8080');
    expect(dcOriginSchema.parse('http://confluence.corp.test')).toBe('http://confluence.corp.test');
  });

  it('quotes a broken value on one line, however it was pasted (found by the message property suite)', () => {
    const result = dcOriginSchema.safeParse('\u0000\n\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['"\\u0000\\n\\u0000" is not a web address']);
  });
});
