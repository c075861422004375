/**
 * Test databases are named after this prefix; FIXLINE_TEST_NAMESPACE gives a test run its own (two runs against
 * one server at the same time would otherwise drop each other's databases).
 */
export const DB_PREFIX = `fixline${(process.env.FIXLINE_TEST_NAMESPACE ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')}`;
export const TEMPLATE_DB = `${DB_PREFIX}_test_template`;
export const TEST_SECRET_KEY = '6b'.repeat(32);
