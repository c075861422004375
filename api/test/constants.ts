export const TEMPLATE_DB = 'fixline_test_template';
export const TEST_SECRET_KEY = '6b'.repeat(32);
