/** "diff spacetech-portal 1.0 → 1.1" → "diff-spacetech-portal-1-0-1-1": a safe file name. */
export function fileSlug(title: string, fallback = 'export'): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** Hands `text` to the browser as a file download, through a short-lived Blob link. */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
