/** Saves text through a temporary <a download>: no downloads permission needed. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click handler returns, so revoke later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
