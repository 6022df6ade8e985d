/**
 * Puts the generated share images the built pages point at (`og:image` under /og/) from the
 * cache into dist/og/: the ones the pages asked for while rendering. An image the cache lacks
 * fails the build: a share preview must never be a broken link. `astro dev` serves them from the cache,
 * where rendering the page has just drawn them.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES_AT_ONCE, mapConcurrent } from '../lib/mapConcurrent';
import { cachedShareImage, shareImageStats } from '../lib/shareImage/shareImageCache';
import { hashInSharePath, SHARE_IMAGE } from '../lib/shareImage/shareImageUrl';

export function shareImages(): AstroIntegration {
  return {
    name: 'tdbv:share-images',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const hash = hashInSharePath(req.url ?? '');
          if (!hash) return next();
          readFile(cachedShareImage(hash)).then(
            (png) => {
              res.setHeader('Content-Type', 'image/png');
              res.setHeader('Cache-Control', 'no-cache');
              res.end(png);
            },
            // Not drawn yet (no page naming it was rendered): the dev server's own 404.
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // Every page that names a drawn image asked the cache for it while rendering (ensureShareImage).
        const { drawn, reused, drawMs, used: hashes } = shareImageStats();
        await mkdir(join(outDir, SHARE_IMAGE.dir), { recursive: true });
        await mapConcurrent([...hashes], FILES_AT_ONCE, async (hash) => {
          const [cached, built] = [cachedShareImage(hash), join(outDir, SHARE_IMAGE.dir, `${hash}.png`)];
          // A hard link where the cache and dist/ share a disk (10,000 images copied took ~14 s); a copy elsewhere.
          await link(cached, built)
            .catch(() => copyFile(cached, built))
            .catch(() => {
              throw new Error(`Ảnh chia sẻ /${SHARE_IMAGE.dir}/${hash}.png chưa được tạo (không có trong ${cached}). Hãy chạy lại "npm run build".`);
            });
        });
        // The benchmark reads this line (bench/measurePublish.mjs, shareImagesInLog).
        logger.info(`Drew ${drawn} share images in ${Math.round(drawMs)} ms (${reused} from the cache).`);
        logger.info(`Copied ${hashes.size} share images into ${SHARE_IMAGE.dir}/ in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
