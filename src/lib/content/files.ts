/** Files published from `content/files/` at `/files/`: their sizes, which readers pay for. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../paths.ts';

/** The local path of a `/files/…` URL. */
export function localFile(url: string): string {
  return join(contentDir, decodeURI(url));
}

/** The size in bytes of a `/files/…` URL (the content check has made sure it exists). */
export function fileSize(url: string): number {
  return statSync(localFile(url)).size;
}

/** `12345` → `12 KB`, in the units a phone's data plan uses. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
