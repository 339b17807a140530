/**
 * Builds what the site and browser tests read, from the frozen fixture articles:
 * the site at the domain root and under the sub-path /news/, each into its own
 * temporary folder (see TEST_OUTPUT), and the lead-photo fixture at the root;
 * the three at once, each in a copy of the project of its own.
 * Set SKIP_BUILD=1 to reuse the last build while iterating on tests.
 */
import { existsSync, rmSync } from 'node:fs';
import { BUILD_CLOCK, PROJECT_COPIES, SITE_BUILDS, startSite } from '../support/builds';
import { buildPhotoSite, PHOTO_BUILD } from '../support/photo-build';

export default async function buildSite(): Promise<(() => void) | undefined> {
  // The 'site' and 'browser' projects share this setup; one `npm test` builds once.
  if (process.env.SITE_BUILT_BY_SETUP === '1') return undefined;
  process.env.SITE_BUILT_BY_SETUP = '1';
  const skip = (outDir: string) => process.env.SKIP_BUILD === '1' && existsSync(outDir);
  await Promise.all([
    ...SITE_BUILDS.filter((build) => !skip(build.outDir)).map(async (build) => {
      const { status, output } = await startSite({
        outDir: build.outDir,
        args: ['--site', build.site, '--base', build.base],
        env: { SOURCE_DATE_EPOCH: BUILD_CLOCK },
      });
      if (status !== 0) throw new Error(`The ${build.name} build failed:\n${output}`);
    }),
    skip(PHOTO_BUILD.outDir) ? undefined : buildPhotoSite(),
  ]);
  // The copies the builds ran in: each process removes its own at exit, this whatever a killed one left.
  return () => rmSync(PROJECT_COPIES, { recursive: true, force: true });
}
