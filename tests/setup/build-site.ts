/**
 * Builds what the site and browser tests read, from the frozen fixture articles:
 * the site at the domain root and under the sub-path /news/, each into its own
 * temporary folder (see TEST_OUTPUT), and the lead-photo fixture at the root.
 * Set SKIP_BUILD=1 to reuse the last build while iterating on tests.
 */
import { existsSync } from 'node:fs';
import { BUILD_CLOCK, runSite, SITE_BUILDS } from '../support/builds';
import { buildPhotoSite, PHOTO_BUILD } from '../support/photo-build';

export default async function buildSite(): Promise<void> {
  // The 'site' and 'browser' projects share this setup; one `npm test` builds once.
  if (process.env.SITE_BUILT_BY_SETUP === '1') return;
  process.env.SITE_BUILT_BY_SETUP = '1';
  for (const build of SITE_BUILDS) {
    if (process.env.SKIP_BUILD === '1' && existsSync(build.outDir)) continue;
    const { status, output } = runSite({
      outDir: build.outDir,
      args: ['--site', build.site, '--base', build.base],
      env: { SOURCE_DATE_EPOCH: BUILD_CLOCK },
    });
    if (status !== 0) throw new Error(`The ${build.name} build failed:\n${output}`);
  }
  if (process.env.SKIP_BUILD !== '1' || !existsSync(PHOTO_BUILD.outDir)) await buildPhotoSite();
}
