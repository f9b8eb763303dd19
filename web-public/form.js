// The public declaration page: /khai-bao/CODE?t=TOKEN (a checkpoint's QR code) or /luu-tru/CODE?t=TOKEN (an
// accommodation host's guest report). Vietnamese by default, English on request. No framework, no inline script
// (the Content-Security-Policy allows scripts from this site only). Checks mirror the server's; the server decides.
// The texts are the catalogues src/entry/locales/{vi,en}.ts, served as the module text.js beside this one.

import { TEXT } from './text.js';

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
  // The name starts with the visible text (WCAG 2.5.3, label in name): "EN – English".
  $('#lang').setAttribute('aria-label', `${tr('switch')} – ${tr('switch_label')}`);
  for (const sel of document.querySelectorAll('select[data-countries]')) {
    const value = sel.value;
    const abroadOnly = sel.hasAttribute('data-abroad');
    sel.replaceChildren(
      ...(abroadOnly ? [option('', tr('choose'))] : []),
      ...Object.entries(TEXT[lang].country)
        .filter(([c]) => !abroadOnly || c !== 'VN')
        .map(([c, name]) => option(c, name)),
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
  if (result.outbreak_area && kind === 'checkpoint') {
    // A unit of the province is one by zoning: under lockdown, or at level 4; a listed area may carry its level too.
    const why = result.outbreak_measure
      ? tr('outbreak_lockdown')
      : result.zone_level
        ? tr('outbreak_level', { level: result.zone_level })
        : '';
    notes.push(tr('outbreak', { area: why ? `${result.outbreak_area}, ${why}` : result.outbreak_area }));
  }
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
