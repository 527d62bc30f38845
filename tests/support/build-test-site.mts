/**
 * `npm run build:many-posts` and `build:xss-posts`: writes the named content set and builds the
 * site from it into its own folder (tests/support/test-builds.ts).
 */
import { spawnSync } from 'node:child_process';
import { TEST_BUILDS, type TestBuildName } from './test-builds';

const isTestBuild = (name: string | undefined): name is TestBuildName =>
  name !== undefined && Object.hasOwn(TEST_BUILDS, name);

const name = process.argv[2];
if (!isTestBuild(name)) {
  console.error(`Usage: build-test-site.mts <${Object.keys(TEST_BUILDS).join('|')}>`);
  process.exit(2);
}
const build = TEST_BUILDS[name];
build.generate();
console.log(`Wrote the ${name} content set to ${build.contentDir}; building into ${build.distDir}`);
const { status } = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: build.contentDir, NEXT_DIST_DIR: build.distDir },
});
process.exit(status ?? 1);
