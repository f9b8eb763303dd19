// The public declaration page: /khai-bao/CODE?t=TOKEN (a checkpoint's QR code) or /luu-tru/CODE?t=TOKEN (an
// accommodation host's guest report). Vietnamese by default, English on request. No framework, no inline script
// (the Content-Security-Policy allows scripts from this site only). Checks mirror the server's; the server decides.

const TEXT = {
  vi: {
    title: 'Khai báo y tế',
    guest_title: 'Báo cáo khách lưu trú',
    loading: 'Đang tải…',
    who: 'Người khai',
    guest_who: 'Khách',
    full_name: 'Họ và tên',
    birth_year: 'Năm sinh',
    sex: 'Giới tính',
    male: 'Nam',
    female: 'Nữ',
    phone: 'Số điện thoại',
    id_number: 'Số CCCD / CMND / hộ chiếu',
    nationality: 'Quốc tịch',
    origin: 'Đi từ đâu đến',
    domestic: 'Trong nước',
    abroad: 'Nước ngoài',
    from_province: 'Tỉnh / thành phố',
    from_district: 'Quận / huyện',
    from_ward: 'Xã / phường',
    from_country: 'Nước',
    from_place: 'Địa chỉ nơi đi (số nhà, thôn, đường)',
    choose: '— Chọn —',
    trip: 'Hành trình',
    travel_mode: 'Phương tiện',
    road: 'Đường bộ',
    air: 'Hàng không',
    water: 'Đường thuỷ',
    rail: 'Đường sắt',
    vehicle_plate: 'Biển số xe',
    to_ward_code: 'Nơi đến trong tỉnh (xã / phường)',
    transit: 'Chỉ đi qua, không lưu lại',
    to_place: 'Địa chỉ nơi đến',
    stay: 'Lưu trú',
    check_in: 'Nhận phòng',
    check_out: 'Trả phòng (dự kiến)',
    room: 'Phòng',
    health: 'Trong 14 ngày qua',
    symptoms_hint: 'Đánh dấu nếu có triệu chứng:',
    fever: 'Sốt',
    cough: 'Ho',
    breathing: 'Khó thở',
    sore_throat: 'Đau họng',
    taste_smell: 'Mất vị giác / khứu giác',
    fatigue: 'Mệt mỏi',
    contact_case: 'Tiếp xúc gần với người nhiễm hoặc nghi nhiễm COVID-19',
    pledge: 'Tôi cam kết thông tin khai trên là đúng sự thật; khai báo gian dối là vi phạm pháp luật.',
    submit: 'Gửi khai báo',
    sending: 'Đang gửi…',
    thanks: 'Đã ghi nhận khai báo',
    show_code: 'Xuất trình mã này cho cán bộ tại chốt:',
    again: 'Khai báo cho người khác',
    duplicate: 'Khai báo này đã được gửi trước đó; mã vẫn có hiệu lực.',
    outbreak:
      'Bạn đi từ vùng dịch ({area}). Hãy hạn chế tiếp xúc và chờ trạm y tế xã/phường nơi đến liên hệ để xét nghiệm và hướng dẫn cách ly.',
    upload: 'Gửi danh sách khách (CSV)',
    send: 'Gửi tệp',
    upload_hint:
      'Cột: full_name, birth_year, sex, id_number, phone, nationality, from_province, declared_at (nhận phòng), check_out_at, room …',
    csv_done: 'Đã nhận {rows} dòng: thêm {inserted}, cập nhật {updated}.',
    csv_rejected: 'Không nhận tệp, {n} dòng lỗi:',
    e_required: 'Bắt buộc phải có giá trị',
    e_phone: 'Số điện thoại không hợp lệ (10 số, ví dụ 0912345678)',
    e_id: 'CCCD phải có 12 số, CMND 9 số',
    e_passport: 'Số hộ chiếu gồm 6–12 chữ và số',
    e_year: 'Năm sinh không hợp lệ',
    e_pledge: 'Hãy xác nhận cam kết',
    e_network: 'Không gửi được, kiểm tra kết nối mạng rồi thử lại',
    e_fix: 'Hãy sửa các ô được đánh dấu',
    switch: 'EN',
    switch_label: 'English',
  },
  en: {
    title: 'Health declaration',
    guest_title: 'Guest report',
    loading: 'Loading…',
    who: 'Declarant',
    guest_who: 'Guest',
    full_name: 'Full name',
    birth_year: 'Year of birth',
    sex: 'Sex',
    male: 'Male',
    female: 'Female',
    phone: 'Phone number',
    id_number: 'ID card (CCCD / CMND) or passport no.',
    nationality: 'Nationality',
    origin: 'Coming from',
    domestic: 'Within Viet Nam',
    abroad: 'Abroad',
    from_province: 'Province / city',
    from_district: 'District',
    from_ward: 'Ward / commune',
    from_country: 'Country',
    from_place: 'Address you come from',
    choose: '— Choose —',
    trip: 'Journey',
    travel_mode: 'Means of travel',
    road: 'Road',
    air: 'Air',
    water: 'Water',
    rail: 'Rail',
    vehicle_plate: 'Vehicle plate',
    to_ward_code: 'Destination in the province (ward / commune)',
    transit: 'Passing through only',
    to_place: 'Destination address',
    stay: 'Stay',
    check_in: 'Check-in',
    check_out: 'Check-out (planned)',
    room: 'Room',
    health: 'In the last 14 days',
    symptoms_hint: 'Tick any symptom you had:',
    fever: 'Fever',
    cough: 'Cough',
    breathing: 'Shortness of breath',
    sore_throat: 'Sore throat',
    taste_smell: 'Loss of taste / smell',
    fatigue: 'Fatigue',
    contact_case: 'Close contact with a confirmed or suspected COVID-19 case',
    pledge: 'I declare that the information above is true; a false declaration is an offence.',
    submit: 'Submit declaration',
    sending: 'Sending…',
    thanks: 'Declaration received',
    show_code: 'Show this code to the checkpoint officer:',
    again: 'Declare for another person',
    duplicate: 'This declaration was already sent; the code is still valid.',
    outbreak:
      'You come from an outbreak area ({area}). Please limit contacts; the health station of your destination ward will contact you for a test and quarantine advice.',
    upload: 'Upload the guest list (CSV)',
    send: 'Upload',
    upload_hint:
      'Columns: full_name, birth_year, sex, id_number, phone, nationality, from_province, declared_at (check-in), check_out_at, room …',
    csv_done: 'Received {rows} rows: {inserted} added, {updated} updated.',
    csv_rejected: 'File not accepted, {n} rows with errors:',
    e_required: 'A value is required',
    e_phone: 'Invalid phone number (10 digits, e.g. 0912345678)',
    e_id: 'A CCCD has 12 digits, a CMND 9',
    e_passport: 'A passport number has 6–12 letters and digits',
    e_year: 'Invalid year of birth',
    e_pledge: 'Please confirm the declaration',
    e_network: 'Could not send: check the connection and try again',
    e_fix: 'Please correct the marked fields',
    switch: 'VI',
    switch_label: 'Tiếng Việt',
  },
};
const COUNTRIES = [
  ['VN', 'Việt Nam', 'Viet Nam'],
  ['LA', 'Lào', 'Laos'],
  ['CN', 'Trung Quốc', 'China'],
  ['KH', 'Campuchia', 'Cambodia'],
  ['TH', 'Thái Lan', 'Thailand'],
  ['KR', 'Hàn Quốc', 'South Korea'],
  ['JP', 'Nhật Bản', 'Japan'],
  ['TW', 'Đài Loan', 'Taiwan'],
  ['MY', 'Malaysia', 'Malaysia'],
  ['SG', 'Singapore', 'Singapore'],
  ['IN', 'Ấn Độ', 'India'],
  ['RU', 'Nga', 'Russia'],
  ['US', 'Hoa Kỳ', 'United States'],
  ['GB', 'Anh', 'United Kingdom'],
  ['FR', 'Pháp', 'France'],
  ['DE', 'Đức', 'Germany'],
  ['AU', 'Úc', 'Australia'],
];
const API = '/api/v1/public/entry';
// Never send a staff session cookie along: the public API needs none, and a signed-in officer testing the form
// would otherwise be asked for the anti-forgery token of the staff app.
const NO_COOKIES = { credentials: 'omit' };

const path = location.pathname.split('/').filter(Boolean);
const kind = path[0] === 'luu-tru' ? 'accommodation' : 'checkpoint';
const code = decodeURIComponent(path[1] ?? '');
const token = new URLSearchParams(location.search).get('t') ?? '';
let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : storedLang();
let site = null;

const $ = (sel) => document.querySelector(sel);
const form = $('#form');
const field = (name) => form.elements.namedItem(name);
const tr = (key, params = {}) => (TEXT[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, k) => params[k] ?? '');

function storedLang() {
  try {
    return localStorage.getItem('pd-lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function render() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = tr(el.dataset.i18n);
  const title = kind === 'accommodation' ? tr('guest_title') : tr('title');
  $('h1').textContent = title;
  document.title = site ? `${title} — ${site.name}` : title;
  $('legend[data-i18n="who"]').textContent = kind === 'accommodation' ? tr('guest_who') : tr('who');
  $('#lang').textContent = tr('switch');
  $('#lang').setAttribute('aria-label', tr('switch_label'));
  for (const sel of document.querySelectorAll('select[data-countries]')) {
    const value = sel.value;
    const abroadOnly = sel.hasAttribute('data-abroad');
    sel.replaceChildren(
      ...(abroadOnly ? [option('', tr('choose'))] : []),
      ...COUNTRIES.filter(([c]) => !abroadOnly || c !== 'VN').map(([c, vi, en]) => option(c, lang === 'vi' ? vi : en)),
    );
    sel.value = value || (abroadOnly ? '' : 'VN');
  }
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

async function getJson(url) {
  const r = await fetch(url, { ...NO_COOKIES, headers: { 'accept-language': lang } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw Object.assign(new Error(body.message ?? r.statusText), { body, status: r.status });
  return body;
}

async function fillUnits(select, parent) {
  select.replaceChildren(option('', tr('choose')));
  select.disabled = parent === null;
  if (parent === null) return;
  const units = await getJson(`${API}/units${parent ? `?parent=${encodeURIComponent(parent)}` : ''}`);
  select.append(...units.map((u) => option(u.code, u.name)));
}

function setupOrigin() {
  const twoLevels = site.geography === '2025';
  if (twoLevels) $('#district-label').hidden = true;
  fillUnits(field('from_province'), '');
  field('from_province').addEventListener('change', () => {
    const p = field('from_province').value || null;
    if (twoLevels) fillUnits(field('from_ward'), p);
    else {
      fillUnits(field('from_district'), p);
      fillUnits(field('from_ward'), null);
    }
  });
  field('from_district').addEventListener('change', () =>
    fillUnits(field('from_ward'), field('from_district').value || null),
  );
  for (const radio of form.querySelectorAll('input[name="abroad"]')) {
    radio.addEventListener('change', () => {
      const abroad = form.querySelector('input[name="abroad"]:checked').value === 'yes';
      $('#domestic').hidden = abroad;
      $('#abroad').hidden = !abroad;
    });
  }
}

// ---- checks (the same rules as the server: src/shared/text.ts) ----

function normalizePhone(input) {
  let d = input.replace(/[\s.\-()]/g, '');
  if (d.startsWith('+84')) d = '0' + d.slice(3);
  else if (d.startsWith('0084')) d = '0' + d.slice(4);
  else if (/^84\d{9,10}$/.test(d)) d = '0' + d.slice(2);
  else if (/^[35789]\d{8}$/.test(d)) d = '0' + d;
  return /^0[35789]\d{8}$/.test(d) || /^02\d{9}$/.test(d) ? d : null;
}

function check(data) {
  const errors = {};
  const need = kind === 'accommodation' ? ['full_name', 'id_number'] : ['full_name', 'birth_year', 'sex', 'phone'];
  need.push(data.from_country && data.from_country !== 'VN' ? 'from_country' : 'from_province');
  for (const k of need) if (data[k] === undefined || data[k] === '') errors[k] = tr('e_required');
  const year = Number(data.birth_year);
  if (data.birth_year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= new Date().getFullYear()))
    errors.birth_year = tr('e_year');
  if (data.phone && !normalizePhone(data.phone)) errors.phone = tr('e_phone');
  if (data.id_number) {
    const id = data.id_number.replace(/[\s.-]/g, '').toUpperCase();
    if ((data.nationality ?? 'VN') === 'VN' ? !/^\d{9}$|^\d{12}$/.test(id) : !/^[A-Z0-9]{6,12}$/.test(id)) {
      errors.id_number = tr((data.nationality ?? 'VN') === 'VN' ? 'e_id' : 'e_passport');
    }
  }
  if (!field('pledge').checked) errors.pledge = tr('e_pledge');
  return errors;
}

function showErrors(errors) {
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  let first = null;
  for (const [name, message] of Object.entries(errors)) {
    const input = field(name);
    const el = input instanceof RadioNodeList ? input[0] : input;
    const msg = document.createElement('small');
    msg.className = 'field-error';
    msg.dataset.for = name;
    msg.textContent = message;
    if (el) {
      el.setAttribute('aria-invalid', 'true');
      (el.closest('.radio-group') ?? el.closest('label') ?? el.parentElement).append(msg);
      first ??= el;
    } else {
      $('#form-error').hidden = false;
      $('#form-error').textContent = message;
    }
  }
  first?.focus();
}

/** Form → request body: empty fields left out; local date-times read as Viet Nam time. */
function collect() {
  const fd = new FormData(form);
  const data = {};
  for (const [k, v] of fd.entries()) {
    if (['abroad', 'pledge', 'symptoms', 'contact_case'].includes(k)) continue;
    const s = String(v).trim();
    if (s !== '') data[k] = s;
  }
  const abroad = fd.get('abroad') === 'yes';
  if (abroad) for (const k of ['from_province', 'from_district', 'from_ward']) delete data[k];
  else data.from_country = 'VN';
  for (const k of ['declared_at', 'check_out_at']) if (data[k]) data[k] = `${data[k]}:00+07:00`;
  data.symptoms = fd.getAll('symptoms').map(String);
  data.contact_case = fd.get('contact_case') !== null;
  data.lang = lang;
  if (kind === 'accommodation') {
    delete data.to_ward_code;
    delete data.to_place;
  }
  return data;
}

async function submit(event) {
  event.preventDefault();
  $('#form-error').hidden = true;
  const data = collect();
  const errors = check(data);
  if (Object.keys(errors).length) return showErrors(errors);
  showErrors({});
  if (data.birth_year) data.birth_year = Number(data.birth_year);
  const url =
    kind === 'accommodation'
      ? `${API}/accommodations/${encodeURIComponent(code)}/guests?t=${encodeURIComponent(token)}`
      : `${API}/declarations`;
  const body = kind === 'accommodation' ? data : { ...data, checkpoint_code: code, t: token };
  const button = $('#submit');
  button.disabled = true;
  button.textContent = tr('sending');
  try {
    const r = await fetch(url, {
      ...NO_COOKIES,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
    });
    const result = await r.json().catch(() => ({}));
    if (!r.ok) {
      if (result.field && field(result.field)) showErrors({ [result.field]: result.message });
      else {
        $('#form-error').hidden = false;
        $('#form-error').textContent = result.message ?? tr('e_network');
      }
      return;
    }
    showReceipt(result);
  } catch {
    $('#form-error').hidden = false;
    $('#form-error').textContent = tr('e_network');
  } finally {
    button.disabled = false;
    button.textContent = tr('submit');
  }
}

function showReceipt(result) {
  form.hidden = true;
  $('#upload').hidden = true;
  $('#receipt').hidden = false;
  $('#ref').textContent = result.declaration_ref;
  const notes = [];
  if (result.duplicate) notes.push(tr('duplicate'));
  if (result.outbreak_area && kind === 'checkpoint') notes.push(tr('outbreak', { area: result.outbreak_area }));
  $('#outbreak').hidden = notes.length === 0;
  $('#outbreak').textContent = notes.join(' ');
  $('#receipt h2').focus?.();
}

/** Another person of the same party: the journey stays, the personal fields are cleared. */
function again() {
  for (const name of ['full_name', 'birth_year', 'phone', 'id_number', 'room', 'website']) field(name).value = '';
  for (const el of form.querySelectorAll(
    'input[name="sex"], input[name="symptoms"], input[name="contact_case"], input[name="pledge"]',
  ))
    el.checked = false;
  $('#receipt').hidden = true;
  form.hidden = false;
  $('#upload').hidden = kind !== 'accommodation';
  field('full_name').focus();
}

async function uploadCsv() {
  const file = $('#csv').files[0];
  if (!file) return;
  const out = $('#csv-result');
  out.hidden = false;
  try {
    const r = await fetch(
      `${API}/accommodations/${encodeURIComponent(code)}/guests.csv?t=${encodeURIComponent(token)}`,
      {
        ...NO_COOKIES,
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'accept-language': lang },
        body: await file.text(),
      },
    );
    const res = await r.json();
    out.textContent = res.rejected?.length
      ? [
          tr('csv_rejected', { n: res.rejected.length }),
          ...res.rejected.slice(0, 50).map((x) => `${x.line} ${x.column}: ${x.reason}`),
        ].join('\n')
      : res.rows !== undefined
        ? tr('csv_done', res)
        : (res.message ?? tr('e_network'));
  } catch {
    out.textContent = tr('e_network');
  }
}

async function start() {
  render();
  $('#lang').addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    try {
      localStorage.setItem('pd-lang', lang);
    } catch {
      /* private mode: the choice lasts this page */
    }
    render();
    if (site) $('#site').textContent = siteLine();
  });
  let cfg;
  try {
    cfg = await getJson(`${API}/forms/${kind}/${encodeURIComponent(code)}?t=${encodeURIComponent(token)}`);
  } catch (e) {
    $('#loading').hidden = true;
    $('#fatal').hidden = false;
    $('#fatal').textContent = e.body?.message ?? tr('e_network');
    return;
  }
  site = cfg.site;
  for (const w of cfg.destinations)
    field('to_ward_code').append(option(w.code, w.district ? `${w.name} — ${w.district}` : w.name));
  if (kind === 'accommodation') {
    for (const el of form.querySelectorAll('.decl-only, .req-decl')) el.hidden = true;
    $('#stay').hidden = false;
    $('#upload').hidden = false;
    $('#send-csv').addEventListener('click', uploadCsv);
  } else {
    for (const el of form.querySelectorAll('.req-guest')) el.hidden = true;
  }
  $('#site').textContent = siteLine();
  setupOrigin();
  render();
  form.addEventListener('submit', submit);
  $('#again').addEventListener('click', again);
  $('#loading').hidden = true;
  form.hidden = false;
}

function siteLine() {
  return [site.name, site.ward_name, site.province_name].filter(Boolean).join(' · ');
}

start();
