// One typed configuration object read from the environment, with defaults.
export interface Config {
  databaseUrl: string | undefined; // set → server PostgreSQL; unset → embedded PGlite
  dataDir: string;                 // PGlite data directory
  port: number;
  host: string;
  lang: 'vi' | 'en';               // language of CLI messages
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.PHONGDICH_DATA_DIR || './data',
    port: Number(env.PORT || 8080),
    host: env.HOST || '127.0.0.1',
    lang: (env.LANG || '').toLowerCase().startsWith('en') ? 'en' : 'vi',
  };
}
