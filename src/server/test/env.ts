export const TEST_PASSWORD = 'test-wachtwoord-koers';
export const TEMPLATE_FILE = '.cache/test-template.tar.gz';
export const TEMPLATE_DB = 'koers_test_template';

/** DATABASE_URL pointing at a maintenance database (e.g. …/postgres) on the test server. */
export function adminUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('KOERS_TEST_DB=postgres needs DATABASE_URL (e.g. postgres://koers:koers@127.0.0.1:5432/postgres)');
  return url;
}
