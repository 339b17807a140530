/**
 * The build of the lead-photo fixture (tests/support/lead-photo.ts): the seed
 * article with a drawn photo, at the domain root, made once per test run by
 * tests/setup/build-site.ts beside the shared builds of the fixtures.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, TEST_OUTPUT, type SiteBuild } from './builds';
import { writePhotoArticle } from './lead-photo';

export const PHOTO_BUILD: SiteBuild = {
  name: 'lead photo',
  outDir: join(TEST_OUTPUT, 'photo'),
  site: 'https://example.org',
  base: '/',
};

/** Where the fixture's article and photo are written, to be built. */
const PHOTO_ARTICLES = join(TEST_OUTPUT, 'photo-articles');

export async function buildPhotoSite(): Promise<void> {
  rmSync(PHOTO_ARTICLES, { recursive: true, force: true });
  await writePhotoArticle(PHOTO_ARTICLES);
  const { status, output } = await startSite({
    articles: PHOTO_ARTICLES,
    outDir: PHOTO_BUILD.outDir,
    args: ['--site', PHOTO_BUILD.site, '--base', PHOTO_BUILD.base],
  });
  if (status !== 0) throw new Error(`The lead-photo build failed:\n${output}`);
}
