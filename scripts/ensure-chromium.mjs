// The browser tests drive Debian's Chromium. If it is missing, install it
// through apt when we can (root with apt-get), or stop and say how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = process.getuid?.() === 0;
if (!hasApt || !isRoot) {
  console.error(`Chromium was not found at ${path}; the browser tests need it.
Install it and run the tests again:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
  process.exit(1);
}
console.log(`Chromium was not found at ${path}; installing Debian's chromium package with apt-get…`);
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; install Chromium by hand (apt-get install -y chromium) and run the tests again.`);
    process.exit(1);
  }
}
if (!existsSync(path)) {
  console.error(`apt-get installed chromium, but ${path} is still missing; set CHROMIUM_PATH to its binary.`);
  process.exit(1);
}
