// The message catalogue: every text a user reads, in Vietnamese (default) and English.
export type Lang = 'vi' | 'en';

const catalogue = {
  required: { vi: 'Bắt buộc phải có giá trị', en: 'A value is required' },
  unknown_column: { vi: 'Cột không được hỗ trợ: {name}', en: 'Unknown column: {name}' },
  missing_column: { vi: 'Thiếu cột bắt buộc: {name}', en: 'Missing required column: {name}' },
  bad_date: { vi: 'Ngày không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY): {value}', en: 'Invalid date (use YYYY-MM-DD or DD/MM/YYYY): {value}' },
  bad_instant: { vi: 'Thời điểm không hợp lệ (ISO có múi giờ hoặc YYYY-MM-DD HH:MM): {value}', en: 'Invalid instant (ISO with offset or YYYY-MM-DD HH:MM): {value}' },
  bad_integer: { vi: 'Phải là số nguyên {range}: {value}', en: 'Must be a whole number {range}: {value}' },
  bad_enum: { vi: 'Giá trị không hợp lệ "{value}", chỉ nhận: {allowed}', en: 'Invalid value "{value}", allowed: {allowed}' },
  bad_phone: { vi: 'Số điện thoại không hợp lệ: {value}', en: 'Invalid phone number: {value}' },
  bad_id_number: { vi: 'Số CCCD (12 số) hoặc CMND (9 số) không hợp lệ: {value}', en: 'Invalid CCCD (12 digits) or CMND (9 digits): {value}' },
  bad_cccd_province: { vi: 'Mã tỉnh trong CCCD không tồn tại: {value}', en: 'Unknown province code in CCCD: {value}' },
  bad_cccd_birth: { vi: 'Năm sinh trong CCCD ({cccd}) không khớp năm sinh {year}', en: 'Birth year in CCCD ({cccd}) does not match birth year {year}' },
  bad_birth_year: { vi: 'Năm sinh không hợp lệ: {value}', en: 'Invalid birth year: {value}' },
  birth_mismatch: { vi: 'birth_year và birth_date không khớp nhau', en: 'birth_year and birth_date disagree' },
  bad_country: { vi: 'Mã quốc tịch phải là 2 chữ cái ISO: {value}', en: 'Nationality must be an ISO 3166 alpha-2 code: {value}' },
  too_long: { vi: 'Quá dài (tối đa {max} ký tự)', en: 'Too long (at most {max} characters)' },
  unknown_ward: { vi: 'Mã xã/phường không tồn tại trong tỉnh: {value}', en: 'Ward code does not exist in the province: {value}' },
  unknown_person: { vi: 'Không tìm thấy người có mã: {value}', en: 'No person with this ref: {value}' },
  pop_18_gt_total: { vi: 'Dân số từ 18 tuổi lớn hơn tổng dân số', en: 'Population 18+ exceeds total population' },
  csv_malformed: { vi: 'Tệp CSV sai định dạng: {detail}', en: 'Malformed CSV: {detail}' },
  unknown_kind: { vi: 'Loại dữ liệu nhập không hỗ trợ: {value}. Các loại: {allowed}', en: 'Unknown import kind: {value}. Kinds: {allowed}' },
  not_found: { vi: 'Không tìm thấy {what}', en: '{what} not found' },
  validation: { vi: 'Dữ liệu không hợp lệ ở trường {field}: {detail}', en: 'Invalid input in field {field}: {detail}' },
  bad_request: { vi: 'Yêu cầu không hợp lệ: {detail}', en: 'Bad request: {detail}' },
  internal: { vi: 'Lỗi hệ thống, mã yêu cầu {requestId}', en: 'Internal error, request id {requestId}' },
  not_initialised: { vi: 'Cơ sở dữ liệu chưa khởi tạo: chạy "phongdich init --province MÃ" trước', en: 'Database not initialised: run "phongdich init --province CODE" first' },
  unknown_province: { vi: 'Không có tỉnh mã {value} trong danh mục {geography}', en: 'No province with code {value} in the {geography} list' },
  merge_same: { vi: 'Không thể gộp một người với chính họ', en: 'Cannot merge a person with themselves' },
  merge_conflict: { vi: 'Cả hai hồ sơ đều có dữ liệu trùng khoá trong {value}: xử lý trước khi gộp', en: 'Both records hold the same key in {value}: resolve it before merging' },
  already_merged: { vi: 'Người {value} đã được gộp vào hồ sơ khác', en: 'Person {value} was already merged into another record' },
  duplicate_hamlet: { vi: 'Thôn/ấp "{value}" đã có trong xã/phường này', en: 'Hamlet "{value}" already exists in this ward' },
  conflict: { vi: 'Dữ liệu trùng: {detail}', en: 'Conflict: {detail}' },
  unauthenticated: { vi: 'Cần đăng nhập', en: 'Login required' },
  bad_login: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong user name or password' },
  locked: { vi: 'Tài khoản tạm khoá do đăng nhập sai nhiều lần, thử lại sau {minutes} phút', en: 'Account locked after repeated failures, try again in {minutes} min' },
  forbidden: { vi: 'Vai trò của bạn không có quyền: {permission}', en: 'Your role lacks the permission: {permission}' },
  out_of_scope: { vi: 'Ngoài địa bàn phụ trách: {value}', en: 'Outside your jurisdiction: {value}' },
  csrf: { vi: 'Thiếu hoặc sai mã chống giả mạo (x-csrf-token)', en: 'Missing or wrong anti-forgery token (x-csrf-token)' },
  bad_scope: { vi: 'Địa bàn không hợp lệ cho vai trò {role}: {value}', en: 'Invalid jurisdiction for role {role}: {value}' },
  weak_password: { vi: 'Mật khẩu phải có ít nhất 10 ký tự', en: 'Password must have at least 10 characters' },
  not_a_case: { vi: 'Người {value} chưa được xác nhận là ca bệnh (F0)', en: 'Person {value} is not a confirmed case' },
  outcome_before_case: { vi: 'Thời điểm kết cục trước thời điểm xác nhận ca bệnh', en: 'Outcome time is before the case was confirmed' },
  self_exposure: { vi: 'Người tiếp xúc trùng với nguồn lây', en: 'Contact is the same person as the source' },
  facility_required: { vi: 'Cách ly tập trung phải có mã cơ sở (facility_code)', en: 'Centralized quarantine needs a facility_code' },
  facility_only_centralized: { vi: 'Chỉ cách ly tập trung mới có cơ sở cách ly', en: 'Only centralized quarantine has a facility' },
  unknown_facility: { vi: 'Không có cơ sở cách ly mã {value}', en: 'No quarantine facility with code {value}' },
  end_before_start: { vi: 'Thời điểm kết thúc trước thời điểm bắt đầu', en: 'End is before start' },
  reason_without_end: { vi: 'Có lý do kết thúc nhưng chưa có thời điểm kết thúc (end_at)', en: 'End reason given without end_at' },
  result_at_required: { vi: 'Có kết quả thì phải có thời điểm trả kết quả (result_at)', en: 'A result needs result_at' },
  result_at_without_result: { vi: 'Mẫu đang chờ kết quả không có result_at', en: 'A pending sample has no result_at' },
  result_before_taken: { vi: 'Thời điểm có kết quả trước thời điểm lấy mẫu', en: 'Result time is before the sample was taken' },
  unknown_pool: { vi: 'Không có mẫu nào thuộc mẫu gộp {value}', en: 'No sample belongs to pool {value}' },
  rate_limited: { vi: 'Quá nhiều yêu cầu, thử lại sau {after}', en: 'Too many requests, retry after {after}' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof catalogue;
export type MessageParams = Record<string, string | number>;

export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogue[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function langFrom(header: string | undefined): Lang {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'vi';
}
