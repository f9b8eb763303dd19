// The message catalogue: every text a user reads, in Vietnamese (default) and English.
export type Lang = 'vi' | 'en';

const catalogue = {
  required: { vi: 'Bắt buộc phải có giá trị', en: 'A value is required' },
  unknown_column: { vi: 'Cột không được hỗ trợ: {name}', en: 'Unknown column: {name}' },
  missing_column: { vi: 'Thiếu cột bắt buộc: {name}', en: 'Missing required column: {name}' },
  bad_date: {
    vi: 'Ngày không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY): {value}',
    en: 'Invalid date (use YYYY-MM-DD or DD/MM/YYYY): {value}',
  },
  bad_instant: {
    vi: 'Thời điểm không hợp lệ (ISO có múi giờ hoặc YYYY-MM-DD HH:MM): {value}',
    en: 'Invalid instant (ISO with offset or YYYY-MM-DD HH:MM): {value}',
  },
  bad_integer: { vi: 'Phải là số nguyên {range}: {value}', en: 'Must be a whole number {range}: {value}' },
  bad_enum: {
    vi: 'Giá trị không hợp lệ "{value}", chỉ nhận: {allowed}',
    en: 'Invalid value "{value}", allowed: {allowed}',
  },
  bad_phone: { vi: 'Số điện thoại không hợp lệ: {value}', en: 'Invalid phone number: {value}' },
  bad_id_number: {
    vi: 'Số CCCD (12 số) hoặc CMND (9 số) không hợp lệ: {value}',
    en: 'Invalid CCCD (12 digits) or CMND (9 digits): {value}',
  },
  bad_cccd_province: { vi: 'Mã tỉnh trong CCCD không tồn tại: {value}', en: 'Unknown province code in CCCD: {value}' },
  bad_cccd_birth: {
    vi: 'Năm sinh trong CCCD ({cccd}) không khớp năm sinh {year}',
    en: 'Birth year in CCCD ({cccd}) does not match birth year {year}',
  },
  bad_birth_year: { vi: 'Năm sinh không hợp lệ: {value}', en: 'Invalid birth year: {value}' },
  birth_mismatch: { vi: 'birth_year và birth_date không khớp nhau', en: 'birth_year and birth_date disagree' },
  bad_country: {
    vi: 'Mã quốc tịch phải là 2 chữ cái ISO: {value}',
    en: 'Nationality must be an ISO 3166 alpha-2 code: {value}',
  },
  too_long: { vi: 'Quá dài (tối đa {max} ký tự)', en: 'Too long (at most {max} characters)' },
  unknown_ward: {
    vi: 'Mã xã/phường không tồn tại trong tỉnh: {value}',
    en: 'Ward code does not exist in the province: {value}',
  },
  unknown_person: { vi: 'Không tìm thấy người có mã: {value}', en: 'No person with this ref: {value}' },
  pop_18_gt_total: { vi: 'Dân số từ 18 tuổi lớn hơn tổng dân số', en: 'Population 18+ exceeds total population' },
  csv_malformed: { vi: 'Tệp CSV sai định dạng: {detail}', en: 'Malformed CSV: {detail}' },
  unknown_kind: {
    vi: 'Loại dữ liệu nhập không hỗ trợ: {value}. Các loại: {allowed}',
    en: 'Unknown import kind: {value}. Kinds: {allowed}',
  },
  not_found: { vi: 'Không tìm thấy {what}', en: '{what} not found' },
  validation: { vi: 'Dữ liệu không hợp lệ ở trường {field}: {detail}', en: 'Invalid input in field {field}: {detail}' },
  bad_request: { vi: 'Yêu cầu không hợp lệ: {detail}', en: 'Bad request: {detail}' },
  cannot_demote_self: {
    vi: 'Không thể tự hạ quyền hoặc tự khoá tài khoản của mình',
    en: 'You cannot demote or disable yourself',
  },
  csv_body_required: { vi: 'Cần gửi tệp CSV (Content-Type: text/csv)', en: 'Send a CSV file (Content-Type: text/csv)' },
  internal: { vi: 'Lỗi hệ thống, mã yêu cầu {requestId}', en: 'Internal error, request id {requestId}' },
  not_initialised: {
    vi: 'Cơ sở dữ liệu chưa khởi tạo: chạy "phongdich init --province MÃ" trước',
    en: 'Database not initialised: run "phongdich init --province CODE" first',
  },
  unknown_province: {
    vi: 'Không có tỉnh mã {value} trong danh mục {geography}',
    en: 'No province with code {value} in the {geography} list',
  },
  merge_same: { vi: 'Không thể gộp một người với chính họ', en: 'Cannot merge a person with themselves' },
  merge_conflict: {
    vi: 'Cả hai hồ sơ đều có dữ liệu trùng khoá trong {value}: xử lý trước khi gộp',
    en: 'Both records hold the same key in {value}: resolve it before merging',
  },
  already_merged: {
    vi: 'Người {value} đã được gộp vào hồ sơ khác',
    en: 'Person {value} was already merged into another record',
  },
  duplicate_hamlet: {
    vi: 'Thôn/ấp "{value}" đã có trong xã/phường này',
    en: 'Hamlet "{value}" already exists in this ward',
  },
  conflict: { vi: 'Dữ liệu trùng: {detail}', en: 'Conflict: {detail}' },
  unauthenticated: { vi: 'Cần đăng nhập', en: 'Login required' },
  bad_login: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong user name or password' },
  locked: {
    vi: 'Tài khoản tạm khoá do đăng nhập sai nhiều lần, thử lại sau {minutes} phút',
    en: 'Account locked after repeated failures, try again in {minutes} min',
  },
  forbidden: { vi: 'Vai trò của bạn không có quyền: {permission}', en: 'Your role lacks the permission: {permission}' },
  out_of_scope: { vi: 'Ngoài địa bàn phụ trách: {value}', en: 'Outside your jurisdiction: {value}' },
  csrf: {
    vi: 'Thiếu hoặc sai mã chống giả mạo (x-csrf-token)',
    en: 'Missing or wrong anti-forgery token (x-csrf-token)',
  },
  bad_scope: {
    vi: 'Địa bàn không hợp lệ cho vai trò {role}: {value}',
    en: 'Invalid jurisdiction for role {role}: {value}',
  },
  weak_password: { vi: 'Mật khẩu phải có ít nhất 10 ký tự', en: 'Password must have at least 10 characters' },
  not_a_case: { vi: 'Người {value} chưa được xác nhận là ca bệnh (F0)', en: 'Person {value} is not a confirmed case' },
  outcome_before_case: {
    vi: 'Thời điểm kết cục trước thời điểm xác nhận ca bệnh',
    en: 'Outcome time is before the case was confirmed',
  },
  self_exposure: { vi: 'Người tiếp xúc trùng với nguồn lây', en: 'Contact is the same person as the source' },
  facility_required: {
    vi: 'Cách ly tập trung phải có mã cơ sở (facility_code)',
    en: 'Centralized quarantine needs a facility_code',
  },
  facility_only_centralized: {
    vi: 'Chỉ cách ly tập trung mới có cơ sở cách ly',
    en: 'Only centralized quarantine has a facility',
  },
  unknown_facility: { vi: 'Không có cơ sở cách ly mã {value}', en: 'No quarantine facility with code {value}' },
  end_before_start: { vi: 'Thời điểm kết thúc trước thời điểm bắt đầu', en: 'End is before start' },
  reason_without_end: {
    vi: 'Có lý do kết thúc nhưng chưa có thời điểm kết thúc (end_at)',
    en: 'End reason given without end_at',
  },
  facility_full: {
    vi: 'Cơ sở cách ly đã hết giường tại thời điểm bắt đầu (đang có/số giường): {value}; ghi lý do vào override_reason nếu vẫn bố trí',
    en: 'The facility is full at the start instant (occupied/beds): {value}; give override_reason to assign anyway',
  },
  facility_planned: {
    vi: 'Cơ sở cách ly {value} chưa hoạt động vào ngày bắt đầu; ghi lý do vào override_reason nếu vẫn bố trí',
    en: 'Facility {value} is not in use yet on the start day; give override_reason to assign anyway',
  },
  facility_closed: {
    vi: 'Cơ sở cách ly {value} đã ngừng hoạt động vào ngày bắt đầu; ghi lý do vào override_reason nếu vẫn bố trí',
    en: 'Facility {value} is closed on the start day; give override_reason to assign anyway',
  },
  bad_active_period: {
    vi: 'Ngày ngừng hoạt động (active_to) trước ngày bắt đầu hoạt động (active_from)',
    en: 'active_to is before active_from',
  },
  episode_closed: { vi: 'Đợt cách ly này đã kết thúc lúc {value}', en: 'This episode already ended at {value}' },
  no_follow_on: {
    vi: 'Quy định áp dụng cho đợt này không có giai đoạn tiếp theo',
    en: 'The rule applied to this episode has no follow-on period',
  },
  follow_on_not_completed: {
    vi: 'Chỉ đợt kết thúc do hoàn thành (completed) mới chuyển sang giai đoạn tiếp theo',
    en: 'Only an episode ended as completed moves on to a follow-on period',
  },
  bad_period: { vi: 'Ngày bắt đầu kỳ báo cáo sau ngày kết thúc', en: 'The period starts after it ends' },
  result_at_required: {
    vi: 'Có kết quả thì phải có thời điểm trả kết quả (result_at)',
    en: 'A result needs result_at',
  },
  result_at_without_result: { vi: 'Mẫu đang chờ kết quả không có result_at', en: 'A pending sample has no result_at' },
  result_before_taken: {
    vi: 'Thời điểm có kết quả trước thời điểm lấy mẫu',
    en: 'Result time is before the sample was taken',
  },
  unknown_pool: { vi: 'Không có mẫu nào thuộc mẫu gộp {value}', en: 'No sample belongs to pool {value}' },
  form_not_found: {
    vi: 'Không tìm thấy biểu mẫu: mã QR/đường dẫn không đúng, đã được thay, hoặc chốt đã ngừng hoạt động',
    en: 'Form not found: the QR code or link is wrong or was replaced, or the checkpoint is closed',
  },
  unknown_unit: { vi: 'Không có đơn vị hành chính mã {value}', en: 'No administrative unit with code {value}' },
  origin_mismatch: { vi: 'Đơn vị {value} không thuộc {parent}', en: 'Unit {value} does not lie in {parent}' },
  origin_abroad_unit: {
    vi: 'Đi từ nước ngoài thì không ghi tỉnh/huyện/xã trong nước',
    en: 'An origin abroad takes no Vietnamese province/district/ward',
  },
  unknown_checkpoint: { vi: 'Không có chốt kiểm soát mã {value}', en: 'No checkpoint with code {value}' },
  unknown_accommodation: { vi: 'Không có cơ sở lưu trú mã {value}', en: 'No accommodation with code {value}' },
  unknown_declaration: { vi: 'Không có tờ khai mã {value}', en: 'No declaration with ref {value}' },
  two_sites: {
    vi: 'Một tờ khai chỉ thuộc một chốt hoặc một cơ sở lưu trú',
    en: 'A declaration belongs to one checkpoint or one accommodation, not both',
  },
  followup_withdrawn: {
    vi: 'Tự động huỷ: nơi đi không còn trong danh sách vùng dịch',
    en: 'Cancelled automatically: the origin is no longer listed as an outbreak area',
  },
  rate_limited: { vi: 'Quá nhiều yêu cầu, thử lại sau {seconds} giây', en: 'Too many requests, retry in {seconds} s' },
  // tracing
  case_exists: { vi: 'Người {value} đã là ca bệnh (F0)', en: 'Person {value} is already a case' },
  date_in_future: { vi: 'Thời điểm sau hiện tại: {value}', en: 'Time is in the future: {value}' },
  level_none: {
    vi: 'Không thuộc diện F: không có F0 đang điều trị nào trong vòng 4 bước tiếp xúc (tiếp xúc trong {days} ngày gần nhất)',
    en: 'No F-level: no active F0 within 4 contact steps (contacts in the last {days} days)',
  },
  level_source: {
    vi: 'F0: ca bệnh xác nhận ngày {at}, chưa có kết cục (khỏi, tử vong, chuyển đi)',
    en: 'F0: case confirmed on {at}, no outcome yet (discharged, died, transferred out)',
  },
  level_step_first: { vi: 'tiếp xúc với {ref} (F{level}) ngày {date}', en: 'contact with {ref} (F{level}) on {date}' },
  level_step: {
    vi: '{who} tiếp xúc với {ref} (F{level}) ngày {date}',
    en: '{who} in contact with {ref} (F{level}) on {date}',
  },
  level_source_of_path: { vi: '{ref} là F0 từ ngày {at}', en: '{ref} is F0 since {at}' },
  level_not_counted: {
    vi: 'Ca bệnh đã có kết cục, cách F0 {level} bước',
    en: 'Case with an outcome, {level} steps from an F0',
  },
  // vaccination
  unknown_site: {
    vi: 'Không có điểm tiêm/kho vắc xin mã {value}',
    en: 'No vaccination site or store with code {value}',
  },
  unknown_round: { vi: 'Không có đợt tiêm mã {value}', en: 'No vaccination round with code {value}' },
  unknown_district: { vi: 'Không có huyện mã {value} trong tỉnh', en: 'No district with code {value} in the province' },
  unknown_lot: {
    vi: 'Lô {value} chưa được nhập kho (tiếp nhận lô mới kèm hạn dùng)',
    en: 'Lot {value} was never received (receive a new lot with its expiry date)',
  },
  unknown_allocation: { vi: 'Không có quyết định phân bổ số {value}', en: 'No allocation with id {value}' },
  allocation_product_mismatch: {
    vi: 'Phân bổ {value} là của loại vắc xin khác',
    en: 'Allocation {value} is for another product',
  },
  allocation_receipt_only: {
    vi: 'Chỉ phiếu tiếp nhận mới gắn với quyết định phân bổ',
    en: 'Only a receipt refers to an allocation',
  },
  lot_expiry_mismatch: {
    vi: 'Lô {value} đã có hạn dùng {expires_on}, khác với hạn dùng vừa nhập',
    en: 'Lot {value} already has expiry {expires_on}, which differs from the one given',
  },
  transfer_target: {
    vi: 'Điều chuyển phải có điểm nhận (to_site_code) khác điểm xuất; loại khác không có điểm nhận',
    en: 'A transfer needs a receiving site (to_site_code) other than the sending one; other kinds take none',
  },
  stock_negative: {
    vi: 'Không đủ tồn kho: lô {lot} ({product}) tại {site} sẽ còn {balance} liều vào ngày {date}; tồn kho không được âm',
    en: 'Not enough stock: lot {lot} ({product}) at {site} would stand at {balance} doses on {date}; stock cannot go negative',
  },
  stock_negative_row: {
    vi: 'Không đủ tồn kho cho mũi tiêm này (lô tại điểm tiêm: {value}); tồn kho không được âm',
    en: 'Not enough stock for this dose (lot at site: {value}); stock cannot go negative',
  },
  dose_early: {
    vi: 'Mũi {dose} tiêm cách mũi trước {days} ngày, sớm hơn khoảng cách tối thiểu {min} ngày',
    en: 'Dose {dose} was given {days} days after the previous one, earlier than the minimum of {min} days',
  },
  dose_late: {
    vi: 'Mũi {dose} tiêm cách mũi trước {days} ngày, muộn hơn khoảng cách khuyến cáo tối đa {max} ngày',
    en: 'Dose {dose} was given {days} days after the previous one, later than the recommended maximum of {max} days',
  },
  dose_mix: {
    vi: 'Mũi {dose} dùng {product} sau {previous}: lịch phối hợp này không được phép',
    en: 'Dose {dose} used {product} after {previous}: this mixed schedule is not allowed',
  },
  dose_gap: { vi: 'Chưa có dữ liệu mũi {previous_dose}', en: 'Dose {previous_dose} is not recorded' },
  dose_expired_lot: {
    vi: 'Lô {lot} hết hạn ngày {expires_on}, trước ngày tiêm',
    en: 'Lot {lot} expired on {expires_on}, before the dose was given',
  },
  no_doses: { vi: 'Người {value} chưa có mũi tiêm nào', en: 'Person {value} has no recorded dose' },
  cert_valid: { vi: 'Chứng nhận hợp lệ, do tỉnh ký', en: 'Valid certificate, signed by the province' },
  cert_malformed: {
    vi: 'Mã QR không phải chứng nhận tiêm chủng hợp lệ (sai định dạng)',
    en: 'The QR code is not a well-formed vaccination certificate',
  },
  cert_unknown_key: { vi: 'Chứng nhận không do tỉnh này ký', en: 'The certificate was not signed by this province' },
  cert_bad_signature: {
    vi: 'Chữ ký không khớp: chứng nhận đã bị sửa hoặc giả mạo',
    en: 'The signature does not match: the certificate was altered or forged',
  },
  cert_key_invalid: {
    vi: 'PHONGDICH_CERT_KEY không phải khoá riêng Ed25519 (PEM hoặc PKCS8 base64)',
    en: 'PHONGDICH_CERT_KEY is not an Ed25519 private key (PEM or base64 PKCS8)',
  },
  report_already_issued: {
    vi: 'Báo cáo {value} đã ban hành, không sửa được nữa',
    en: 'Report {value} has been issued and can no longer change',
  },
  report_cutoff_future: {
    vi: 'Chưa đến thời điểm chốt số liệu {value}: chưa thể ban hành',
    en: 'The cut-off {value} has not passed yet: the report cannot be issued',
  },
  period_too_long: { vi: 'Kỳ báo cáo dài quá {max} ngày', en: 'The period is longer than {max} days' },
  // testing
  xlsx_malformed: { vi: 'Tệp Excel (XLSX) không đọc được: {detail}', en: 'Unreadable Excel (XLSX) file: {detail}' },
  pool_too_large: {
    vi: 'Mẫu gộp {value} có {size} mẫu, vượt giới hạn {max} mẫu',
    en: 'Pool {value} holds {size} samples, more than the limit of {max}',
  },
  pool_not_pcr: { vi: 'Chỉ gộp mẫu xét nghiệm RT-PCR', en: 'Only PCR samples can be pooled' },
  bad_ct: {
    vi: 'Giá trị Ct không hợp lệ (vd. "E:22.1;N:24.3" hoặc "22.1", từ 0 đến 50): {value}',
    en: 'Invalid Ct values (e.g. "E:22.1;N:24.3" or "22.1", 0 to 50): {value}',
  },
  ct_without_result: {
    vi: 'Có giá trị Ct nhưng chưa có kết quả xét nghiệm',
    en: 'Ct values given without a test result',
  },
  correction_reason_required: {
    vi: 'Sửa một kết quả đã trả phải ghi lý do',
    en: 'Correcting a result already given needs a reason',
  },
  province_scope_required: {
    vi: 'Chỉ người phụ trách toàn tỉnh được thay đổi {what}',
    en: 'Only a province-wide user may change {what}',
  },
  unknown_hamlet: { vi: 'Không có thôn/ấp "{value}" trong xã/phường {ward}', en: 'No hamlet "{value}" in ward {ward}' },
  sample_exists: { vi: 'Mã mẫu {value} đã có', en: 'Sample {value} already exists' },
  // request validation: zod issues of route schemas (src/api/http.ts), limits from the schema
  empty: { vi: 'Không được để trống', en: 'Must not be empty' },
  min_chars: { vi: 'Tối thiểu {limit} ký tự', en: 'At least {limit} characters' },
  max_chars: { vi: 'Tối đa {limit} ký tự', en: 'At most {limit} characters' },
  exact_chars: { vi: 'Phải có đúng {limit} ký tự', en: 'Must have exactly {limit} characters' },
  min_items: { vi: 'Tối thiểu {limit} mục', en: 'At least {limit} items' },
  max_items: { vi: 'Tối đa {limit} mục', en: 'At most {limit} items' },
  exact_items: { vi: 'Phải có đúng {limit} mục', en: 'Must have exactly {limit} items' },
  min_value: { vi: 'Không được nhỏ hơn {limit}', en: 'Must be at least {limit}' },
  max_value: { vi: 'Không được lớn hơn {limit}', en: 'Must be at most {limit}' },
  above_value: { vi: 'Phải lớn hơn {limit}', en: 'Must be greater than {limit}' },
  below_value: { vi: 'Phải nhỏ hơn {limit}', en: 'Must be less than {limit}' },
  not_multiple_of: { vi: 'Phải là bội số của {divisor}', en: 'Must be a multiple of {divisor}' },
  expect_string: { vi: 'Phải là chuỗi ký tự', en: 'Must be text' },
  expect_number: { vi: 'Phải là số', en: 'Must be a number' },
  expect_int: { vi: 'Phải là số nguyên', en: 'Must be a whole number' },
  expect_boolean: { vi: 'Phải là true hoặc false', en: 'Must be true or false' },
  expect_array: { vi: 'Phải là danh sách (mảng JSON)', en: 'Must be a list (JSON array)' },
  expect_object: { vi: 'Phải là đối tượng JSON', en: 'Must be a JSON object' },
  wrong_type: { vi: 'Sai kiểu dữ liệu', en: 'Wrong type of value' },
  not_allowed: {
    vi: 'Giá trị không được chấp nhận, chỉ nhận: {allowed}',
    en: 'Value not accepted, allowed: {allowed}',
  },
  bad_value: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  bad_iso_date: { vi: 'Ngày phải có dạng YYYY-MM-DD', en: 'A date must be YYYY-MM-DD' },
  bad_iso_datetime: {
    vi: 'Thời điểm phải theo ISO 8601 có múi giờ, vd. 2021-08-01T08:00:00+07:00',
    en: 'An instant must be ISO 8601 with an offset, e.g. 2021-08-01T08:00:00+07:00',
  },
  bad_clock_time: { vi: 'Giờ phải có dạng HH:MM (00:00–23:59)', en: 'A time must be HH:MM (00:00–23:59)' },
  bad_pattern: { vi: 'Sai định dạng, phải khớp mẫu {pattern}', en: 'Wrong format, must match {pattern}' },
  bad_format: { vi: 'Sai định dạng {format}', en: 'Not a valid {format}' },
  must_start: { vi: 'Phải bắt đầu bằng "{text}"', en: 'Must start with "{text}"' },
  must_end: { vi: 'Phải kết thúc bằng "{text}"', en: 'Must end with "{text}"' },
  must_contain: { vi: 'Phải chứa "{text}"', en: 'Must contain "{text}"' },
  unknown_fields: { vi: 'Trường không được hỗ trợ: {keys}', en: 'Unknown field: {keys}' },
  not_less_than_field: { vi: 'Không được nhỏ hơn {other}', en: 'Must not be less than {other}' },
  not_zero: { vi: 'Phải khác 0', en: 'Must not be 0' },
  ct_range: { vi: 'Giá trị Ct phải lớn hơn 0 và không quá 50', en: 'A Ct value must be above 0 and at most 50' },
  bad_json: { vi: 'Nội dung yêu cầu không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
  empty_body: { vi: 'Nội dung yêu cầu trống', en: 'The request body is empty' },
  body_too_large: { vi: 'Nội dung yêu cầu quá lớn', en: 'The request body is too large' },
  unsupported_media_type: { vi: 'Không hỗ trợ kiểu nội dung {type}', en: 'Unsupported content type {type}' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof catalogue;
export type MessageParams = Record<string, string | number>;

export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogue[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(catalogue, s);
}

/**
 * A refinement's message (zod `.refine(check, keyed(...))`) as a catalogue key and its parameters: the error handler
 * renders it in the user's language instead of showing our text as written.
 */
export const keyed = (key: MessageKey, params?: MessageParams) => ({ message: key, ...(params ? { params } : {}) });

export function langFrom(header: string | undefined): Lang {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'vi';
}
