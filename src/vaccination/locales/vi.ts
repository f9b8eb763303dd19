// The vaccination module's lists in Vietnamese, the source catalogue (src/shared/i18n.ts): en.ts translates it.
export const vi = {
  due: {
    no_ward: 'Chưa rõ xã',
    /** The due list's columns, in order. */
    column: {
      person_ref: 'Mã người',
      full_name: 'Họ và tên',
      birth_year: 'Năm sinh',
      phone: 'Điện thoại',
      hamlet: 'Thôn/ấp',
      address: 'Địa chỉ',
      last_dose: 'Mũi đã tiêm',
      last_product: 'Vắc xin',
      last_given_on: 'Ngày tiêm',
      next_dose: 'Mũi tiếp theo',
      due_from: 'Tiêm từ ngày',
      overdue_after: 'Quá hạn sau ngày',
      status: 'Tình trạng',
    },
    status: { due: 'Đến hạn', overdue: 'Quá hạn', not_yet_due: 'Chưa đến hạn' },
  },
};
