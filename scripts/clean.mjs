// Removes build output folders, portably (npm scripts run under sh and cmd alike).
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
