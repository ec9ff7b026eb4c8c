/** `/browse/KEY-123`, also under a DC context path (atlassian-pages.md §1.1, §3.1). */
export const ISSUE_KEY = /\/browse\/([A-Za-z][A-Za-z0-9_]*-\d+)\/?$/;

export function projectOf(issueKey: string | undefined): string | undefined {
  return issueKey?.replace(/-\d+$/, '');
}
