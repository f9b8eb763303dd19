// The quarantine module's lists (due lists, review table) in Vietnamese, the source catalogue (src/shared/i18n.ts):
// en.ts translates it key for key.
export const vi = {
  kind: { centralized: 'Tập trung', home: 'Tại nhà', self_monitoring: 'Tự theo dõi sức khỏe' },
  /** Column headers, by the row field they show. */
  column: {
    person_ref: 'Mã người',
    full_name: 'Họ và tên',
    phone: 'Điện thoại',
    ward_name: 'Xã/phường',
    hamlet: 'Thôn/ấp',
    address: 'Địa chỉ',
    kind: 'Hình thức',
    facility_code: 'Cơ sở',
    start_at: 'Bắt đầu',
    planned_end_at: 'Kết thúc dự kiến',
    rule_set_name: 'Quy định áp dụng',
    test_day: 'Ngày thứ',
    sampled: 'Đã lấy mẫu',
    end_at: 'Đã kết thúc lúc',
    next: 'Tiếp theo',
    days_overdue: 'Số ngày quá hạn',
    last_exposed_on: 'Tiếp xúc ca bệnh gần nhất',
  },
  sampled: 'Đã lấy',
  follow_on: '{kind} {days} ngày',
  due: {
    tests_due: 'Xét nghiệm đến hạn',
    ending_today: 'Kết thúc cách ly trong ngày',
    overdue: 'Quá hạn chưa kết thúc',
    f1_without_episode: 'F1 chưa được cách ly',
  },
  review: {
    sheet: 'Nhóm đối tượng',
    title: 'Kết quả xử lý theo nhóm đối tượng từ {from} đến {to}',
    column: {
      no: 'STT',
      label: 'Đối tượng',
      centralized: 'CL tập trung',
      home: 'CL tại nhà',
      self_monitoring: 'Tự theo dõi sức khỏe',
      total: 'Tổng',
    },
    /** The rows: subject groups of seed 003, then the tested and total rows. */
    group: {
      abroad: 'Trở về từ nước ngoài',
      outbreak_area: 'Trở về từ các ổ dịch trong nước',
      contact: 'Tiếp xúc gần với ca bệnh xác định',
      tet_returnee: 'Công nhân, học sinh, người lao động về nghỉ Tết',
      screened: 'Phát hiện qua sàng lọc, xét nghiệm',
      other: 'Đối tượng khác',
      unspecified: 'Chưa phân loại đối tượng',
      tested: 'Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng 1–4',
      total: 'Tổng',
    },
  },
};
