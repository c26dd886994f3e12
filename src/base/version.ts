/** summit-kit's version, from package.json at build time (the build keeps only this field of it). */
import { version } from '../../package.json';

export const VERSION: string = version;
