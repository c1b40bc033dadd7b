/** Reading an image's size from its first bytes (src/lib/innovation/image-size.ts), checked against sharp's own reading. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../src/lib/innovation/image-size.ts';

/** A picture of the given size, encoded by sharp. */
const picture = (width: number, height: number, alpha = false) => sharp({ create: { width, height, channels: alpha ? 4 : 3, background: { r: 11, g: 61, b: 145, alpha: 0.5 } } });

describe('the size of an image from its header', () => {
  it.each([
    ['PNG', () => picture(640, 427).png(), 'png'],
    ['PNG with a palette', () => picture(3000, 60).png({ palette: true }), 'png'],
    ['JPEG', () => picture(1201, 799).jpeg(), 'jpeg'],
    ['progressive JPEG', () => picture(800, 1600).jpeg({ progressive: true }), 'jpeg'],
    ['lossy WebP', () => picture(545, 963).webp(), 'webp'],
    ['lossless WebP', () => picture(1024, 2).webp({ lossless: true }), 'webp'],
    ['WebP with transparency', () => picture(300, 200, true).webp(), 'webp'],
  ] as const)('%s', async (_, encode, format) => {
    const bytes = await encode().toBuffer();
    const { width, height } = await sharp(bytes).metadata();
    expect(imageSize(bytes)).toEqual({ format, width, height });
  });

  it('is undefined for what is not such an image', async () => {
    expect(imageSize(Buffer.from('not an image at all, only text'))).toBeUndefined();
    expect(imageSize(await picture(10, 10).gif().toBuffer())).toBeUndefined();
    expect(imageSize(Buffer.alloc(4))).toBeUndefined();
  });
});
