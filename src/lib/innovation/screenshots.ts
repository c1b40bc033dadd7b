/**
 * Reuses' screenshots: how Astro's image pipeline finds them, and the limits the content check
 * holds them to. Screenshots are uploaded to `content/files/reuses/` and written in the record
 * as `/files/reuses/x.png` (the CMS's public path); the content layer resolves that file next to
 * the record, so pages get image metadata that `<Picture>` turns into small WebP and AVIF copies.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaContext } from 'astro:content';
import { ReuseSchema } from '../../schemas/reuse.ts';
import { formatPath, type CheckedRecord, type Problem } from '../content/problems.ts';
import { imageSize } from './image-size.ts';

/**
 * What a source image may weigh and measure. Above this an upload is a phone photo or a full
 * desktop capture that bloats the repository and the build; the pages never need more than
 * 1,200 pixels (a 600-pixel picture on a screen of double density).
 */
export const screenshotLimits = { bytes: 1024 * 1024, width: 2400, height: 2400 } as const;

/** The reuse schema as Astro's content layer reads it: the screenshot's file is also an image for the pipeline (`screenshot.src`). */
export function reuseContentSchema({ image }: SchemaContext) {
  return ReuseSchema.transform(async (reuse) => {
    if (!reuse.screenshot) return { ...reuse, screenshot: undefined };
    // Relative to the record's file (content/reuses/x.md), "../files/…" is the uploaded file.
    const src = await image().parseAsync(`..${reuse.screenshot.file}`);
    return { ...reuse, screenshot: { ...reuse.screenshot, src } };
  });
}

/** A screenshot that cannot be read, is not the image it claims, or is too big stops the build, naming the file. */
export function checkScreenshots(root: string, records: CheckedRecord[], problems: Problem[]) {
  for (const record of records.filter((r) => r.collection === 'reuses')) {
    const screenshot = record.data.screenshot as { file: string } | undefined;
    if (!screenshot) continue;
    const field = formatPath(['screenshot', 'file']);
    const path = join(root, decodeURI(screenshot.file));
    let bytes: Buffer;
    try {
      if (statSync(path).size > screenshotLimits.bytes) {
        problems.push({ file: record.file, field, message: `${screenshot.file} weighs ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB, more than ${screenshotLimits.bytes / 1024 / 1024} MB: upload a smaller picture (a screenshot, not a photo of the screen)` });
        continue;
      }
      bytes = readFileSync(path);
    } catch {
      continue; // A missing file is reported with every other missing /files/ path.
    }
    const size = imageSize(bytes);
    if (!size) {
      problems.push({ file: record.file, field, message: `${screenshot.file} is not a PNG, JPEG or WebP image that can be read: export it again as PNG or JPEG` });
    } else if (size.width > screenshotLimits.width || size.height > screenshotLimits.height) {
      problems.push({ file: record.file, field, message: `${screenshot.file} is ${size.width} × ${size.height} pixels, more than ${screenshotLimits.width} × ${screenshotLimits.height}: resize it (1,200 pixels wide is plenty)` });
    }
  }
}
