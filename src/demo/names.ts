// Vocabulary of the generated province: Vietnamese name parts with rough national (and Mekong Delta) frequencies,
// mobile prefixes, place-name parts. All text is NFC, as the system stores it.
import { weighted } from './random.ts';

/** Family names; weights roughly their share of the population in the south. */
export const FAMILY = weighted([
  ['Nguyễn', 36], ['Trần', 11], ['Lê', 9], ['Phạm', 6], ['Huỳnh', 5], ['Võ', 4], ['Phan', 4], ['Trương', 2],
  ['Hoàng', 1.5], ['Vũ', 1], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.5], ['Hồ', 1.5], ['Ngô', 1.5], ['Dương', 1],
  ['Lý', 1], ['Lâm', 1], ['Đinh', 0.8], ['Mai', 0.8], ['Tô', 0.6], ['Châu', 0.8], ['Thái', 0.6], ['Lưu', 0.5],
  ['Đoàn', 0.8], ['Cao', 0.6], ['Tạ', 0.4], ['Quách', 0.4], ['Thạch', 0.6], ['Danh', 0.5], ['Kim', 0.4], ['Sơn', 0.4],
] as const);

export const MIDDLE_M = weighted([
  ['Văn', 40], ['Hữu', 6], ['Minh', 8], ['Quốc', 6], ['Thanh', 6], ['Hoàng', 4], ['Đức', 3], ['Công', 3],
  ['Thành', 4], ['Tấn', 5], ['Chí', 3], ['Trọng', 2], ['Phước', 3], ['Ngọc', 3], ['Thế', 2], ['Anh', 2],
] as const);

export const MIDDLE_F = weighted([
  ['Thị', 45], ['Ngọc', 10], ['Thu', 5], ['Kim', 6], ['Mỹ', 5], ['Thanh', 5], ['Bích', 3], ['Hồng', 4],
  ['Thúy', 3], ['Phương', 3], ['Hoài', 2], ['Tuyết', 2], ['Ánh', 2], ['Diễm', 2], ['Yến', 2],
] as const);

export const GIVEN_M = [
  'An', 'Bảo', 'Bình', 'Cường', 'Danh', 'Dũng', 'Duy', 'Đạt', 'Hải', 'Hậu', 'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Huy',
  'Khang', 'Khánh', 'Khoa', 'Kiệt', 'Lâm', 'Lộc', 'Long', 'Luân', 'Nam', 'Nghĩa', 'Nhân', 'Phát', 'Phong', 'Phúc',
  'Quang', 'Sang', 'Sơn', 'Tài', 'Tâm', 'Tân', 'Thắng', 'Thành', 'Thiện', 'Thịnh', 'Toàn', 'Trí', 'Trung', 'Tuấn',
  'Tùng', 'Vinh', 'Việt', 'Vũ', 'Em', 'Út', 'Tú',
] as const;

export const GIVEN_F = [
  'Anh', 'Ánh', 'Châu', 'Chi', 'Diễm', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ',
  'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Nhi', 'Oanh', 'Phương', 'Quyên',
  'Sương', 'Tâm', 'Thảo', 'Thơ', 'Thu', 'Thủy', 'Trang', 'Trinh', 'Tuyết', 'Vân', 'Vy', 'Xuân', 'Yến', 'Út', 'Lài',
] as const;

/** Mobile prefixes of the networks in 2021 (Viettel, Mobifone, Vinaphone, Vietnamobile). */
export const MOBILE_PREFIX = [
  '086', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039', '089', '090', '093', '070',
  '076', '077', '078', '079', '088', '091', '094', '081', '082', '083', '084', '085', '092', '056', '058',
] as const;

/** Parts of southern hamlet names (Ấp Tân Phú, Ấp Long Hòa …). */
export const PLACE_PARTS = ['Tân', 'Phú', 'Long', 'Hòa', 'Thạnh', 'Mỹ', 'An', 'Bình', 'Vĩnh', 'Phước', 'Đông', 'Tây', 'Nhơn', 'Hưng', 'Lợi', 'Thuận', 'Xuân', 'Trung'] as const;

export const STREETS = ['Trần Hưng Đạo', 'Nguyễn Trãi', 'Lê Lợi', 'Hùng Vương', 'Ngô Quyền', '3 Tháng 2', '30 Tháng 4', 'Võ Văn Kiệt', 'Nguyễn Huệ', 'Châu Văn Liêm', 'Lý Thường Kiệt', 'Điện Biên Phủ'] as const;

/** Provinces whose people commonly live in the Mekong Delta: the province-of-birth part of their CCCD. */
export const BIRTH_PROVINCES_ELSEWHERE = ['92', '94', '86', '91', '89', '79', '87', '95', '96', '84'] as const;
