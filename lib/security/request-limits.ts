/**
 * Every form and API body we accept is a few short fields; 16 kB leaves ample room. Apart from
 * the guards, with no imports, so next.config.ts can use it too.
 */
export const MAX_REQUEST_BYTES = 16 * 1024;
