/** Where the public portal lives in the web app: outside sign-in, linked from the staff pages. */
export const PORTAL_PATH = '/cong-khai';
