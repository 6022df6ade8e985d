/** Generated test photos: real encoded images made by sharp, never fake files. */
import sharp from 'sharp';

/** A JPEG of the given size with a colour gradient, so encoders have real work to do. */
export async function makeJpeg(path: string, width = 1600, height = 1000): Promise<void> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = (x * 255) / width;
      pixels[i + 1] = (y * 255) / height;
      pixels[i + 2] = ((x + y) * 97) % 256;
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toFile(path);
}
