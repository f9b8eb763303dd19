// What a new password must not be: short, one of the most common passwords, or the user name.
import { AppError } from '../shared/errors.ts';

export const MIN_PASSWORD_LENGTH = 10;

// The most common passwords of 10 characters or more in public breach lists, with Vietnamese favourites; shorter
// ones are already refused by the length rule. Compared in lower case.
const COMMON = new Set(
  `
  1234567890 0123456789 0987654321 9876543210 12345678910 123456789a a123456789 1234567890a 123456789q q123456789
  123456789z 1234567890q 12345678900 1234567891 123456789abc abc1234567 abcd123456 abcde12345 abc123456789 1234512345
  1122334455 1122334455667788 11223344556677 123123123123 1231231231 123321123321 1212121212 1234554321 1111122222
  0000011111 1357924680 2468013579 5555566666 6666688888 6868686868 8888899999 0123456789a 01234567890 123456789000
  1234567890123 12345678901 123456789012 1234567899 1234567812345678 12341234 0912345678 qwertyuiop qwertyuiop123
  qwerty1234 qwerty12345 qwerty123456 qwerty123456789 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u q1w2e3r4t5 q1w2e3r4t5y6
  1qaz2wsx3edc 1qazxsw23edc zaq12wsxcde3 zaq1zaq1zaq1 asdfghjkl1 asdfghjkl123 zxcvbnm123 zxcvbnm1234 qazwsxedc123
  qweasdzxc123 password1 password12 password123 password1234 password12345 password123456 passw0rd123 p@ssw0rd123
  p@ssword123 mypassword mypassword1 passwordpassword administrator admin12345 admin123456 admin@1234 admin@12345
  admin@123456 administrator1 welcome123 welcome1234 iloveyou123 iloveyou1234 football123 baseball123 sunshine123
  princess123 trustno1234 letmein123 changeme123 abcdefghij abcdefghijk abcdefghijkl matkhau123 matkhau1234
  matkhau12345 matkhau123456 anhyeuem123 anhyeuem1234 emyeuanh123 emyeuanh1234 vietnam123 vietnam1234 vietnam12345
  vietnam123456 hanoi123456 saigon123456 phongdich123 phongdich2021
`
    .trim()
    .split(/\s+/),
);

/** Refuses a password that is short, common, all one character, or the user name; the error names the field. */
export function checkPassword(password: string, username: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError(400, 'weak_password', {}, 'password');
  const p = password.normalize('NFC').trim().toLowerCase();
  if (COMMON.has(p) || /^(.)\1*$/u.test(p)) throw new AppError(400, 'common_password', {}, 'password');
  if (p === username.normalize('NFC').trim().toLowerCase())
    throw new AppError(400, 'password_is_username', {}, 'password');
}
