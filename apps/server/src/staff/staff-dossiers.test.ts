// The dossier inbox over HTTP: the list and its filters, a dossier's answers under the
// procedure's labels, and every status change rule — each move the table allows works with
// its required fields, every other move from every status is refused, and the citizen sees
// what the officer wrote.
import { DOSSIER_STATUS, type Dossier } from '@govmini/dossier/core';
import { VALID_ANSWERS } from '@govmini/dossier/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate, vietnamDay } from '../services/time.ts';
import { type StaffSession, type StaffWorld, startStaffWorld } from './testing.ts';
import { type StatusCode, TRANSITIONS } from './transitions.ts';
import type { DossierDetail, DossierRow, PageOf } from './wire.ts';

let world: StaffWorld;
let officer: StaffSession;
let citizen: string;
beforeAll(async () => {
  world = await startStaffWorld();
  officer = await world.login();
  citizen = await world.citizen('cong-dan-1');
});
afterAll(async () => {
  await world?.close();
});

const today = () => isoDate(vietnamDay(Date.now()));
const dayOffset = (days: number) => isoDate(vietnamDay(Date.now() + days * 86_400_000));

const change = (code: string, body: Record<string, unknown>) =>
  world.staff(officer, 'POST', `/dossiers/${encodeURIComponent(code)}/status`, body);

/** What each move needs to succeed. */
const FIELDS: Record<number, Record<string, unknown>> = {
  3: { reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của xã.' },
  5: {
    reason: 'Thiếu giấy tờ chứng minh nơi cư trú.',
    documents: ['Bản sao sổ hộ khẩu', 'Giấy xác nhận cư trú'],
    dueDate: dayOffset(10),
  },
  6: { amount: 15_000 },
  8: { reason: 'Người yêu cầu đã có giấy xác nhận còn hiệu lực.' },
  9: { resultNote: 'Kết quả đã ký, mời nhận tại Bộ phận Một cửa.' },
};

async function moveTo(code: string, to: number) {
  const response = await change(code, { to, ...FIELDS[to] });
  expect(response.status, `→ ${to}`).toBe(200);
  return (await response.json()) as DossierDetail;
}

/** A new dossier, brought to `status` by the officer (7: withdrawn by the citizen). */
async function dossierAt(status: StatusCode): Promise<string> {
  const { code } = await world.fileDossier(citizen);
  const paths: Record<StatusCode, number[]> = {
    1: [],
    2: [2],
    3: [3],
    4: [2, 4],
    5: [5],
    6: [2, 6],
    7: [],
    8: [2, 8],
    9: [9],
    10: [9, 10],
  };
  for (const to of paths[status]) await moveTo(code, to);
  if (status === 7) await world.dossiers.cancel(citizen, code, 'Tôi nộp nhầm thủ tục.');
  return code;
}

const statusOf = async (code: string) =>
  ((await (await world.staff(officer, 'GET', `/dossiers/${code}`)).json()) as DossierDetail).dossier
    .status;

describe('every status change rule', () => {
  const ALL: StatusCode[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  for (const from of ALL) {
    const allowed = TRANSITIONS[from].map((t) => t.to);
    it(`from ${from}: only ${allowed.join(', ') || 'nothing'}`, async () => {
      const code = await dossierAt(from);
      expect(await statusOf(code)).toBe(from);
      // Refused moves change nothing, whatever fields come with them.
      for (const to of ALL.filter((s) => !allowed.includes(s))) {
        const response = await change(code, { to, ...FIELDS[to] });
        expect(response.status, `${from} → ${to}`).toBe(409);
        expect((await response.json()).error.code).toBe('not_allowed');
      }
      expect(await statusOf(code)).toBe(from);
      for (const to of allowed) {
        const fresh = await dossierAt(from);
        const detail = await moveTo(fresh, to);
        expect(detail.dossier.status, `${from} → ${to}`).toBe(to);
        expect(detail.transitions.map((t) => t.to)).toEqual(TRANSITIONS[to].map((t) => t.to));
      }
    });
  }
});

describe('required fields', () => {
  const issuesOf = async (code: string, body: Record<string, unknown>) => {
    const response = await change(code, body);
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_request');
    expect(error.message).toBe('Thông tin chưa đúng. Vui lòng sửa các mục được đánh dấu.');
    return error.issues as { path: string; code: string }[];
  };

  it('refusing (→ 3) and stopping (→ 8) need the reason the citizen reads', async () => {
    const fresh = await dossierAt(1);
    expect(await issuesOf(fresh, { to: 3 })).toEqual([{ path: 'reason', code: 'required' }]);
    expect(await issuesOf(fresh, { to: 3, reason: '   ' })).toEqual([
      { path: 'reason', code: 'required' },
    ]);
    expect(await issuesOf(fresh, { to: 3, reason: 'x'.repeat(2001) })).toEqual([
      { path: 'reason', code: 'too_long', params: { max: 2000 } },
    ]);
    const accepted = await dossierAt(2);
    expect(await issuesOf(accepted, { to: 8 })).toEqual([{ path: 'reason', code: 'required' }]);
    expect(await statusOf(fresh)).toBe(1);
    expect(await statusOf(accepted)).toBe(2);
  });

  it('a supplement request (→ 5) needs a reason, the documents and a due date not in the past', async () => {
    const code = await dossierAt(4);
    expect(await issuesOf(code, { to: 5 })).toEqual([
      { path: 'reason', code: 'required' },
      { path: 'documents', code: 'required' },
      { path: 'dueDate', code: 'required' },
    ]);
    expect(
      await issuesOf(code, { ...FIELDS[5], to: 5, documents: ['  ', ''], dueDate: dayOffset(-1) }),
    ).toEqual([
      { path: 'documents', code: 'required' },
      { path: 'dueDate', code: 'past' },
    ]);
    expect(await issuesOf(code, { ...FIELDS[5], to: 5, dueDate: '2026-02-30' })).toEqual([
      { path: 'dueDate', code: 'invalid' },
    ]);
    expect(
      await issuesOf(code, { ...FIELDS[5], to: 5, documents: Array(21).fill('Giấy tờ') }),
    ).toEqual([{ path: 'documents', code: 'too_many', params: { max: 20 } }]);
    expect(await statusOf(code)).toBe(4);
    // Due today is fine: the citizen still has the day.
    const detail = await moveTo(code, 5);
    expect(detail.dossier.status).toBe(5);
    const sameDay = await dossierAt(4);
    expect((await change(sameDay, { ...FIELDS[5], to: 5, dueDate: today() })).status).toBe(200);
  });

  it('a payment request (→ 6) needs a whole amount of đồng, from 1 to the limit', async () => {
    const code = await dossierAt(2);
    expect(await issuesOf(code, { to: 6 })).toEqual([{ path: 'amount', code: 'required' }]);
    for (const amount of [1.5, '15000', true]) {
      expect(await issuesOf(code, { to: 6, amount })).toEqual([
        { path: 'amount', code: 'invalid' },
      ]);
    }
    // Status 6 tells the citizen to pay: 0 đồng would say so of a free dossier.
    for (const amount of [0, -1]) {
      expect(await issuesOf(code, { to: 6, amount })).toEqual([
        { path: 'amount', code: 'too_small', params: { min: 1 } },
      ]);
    }
    expect(await issuesOf(code, { to: 6, amount: 1_000_000_001 })).toEqual([
      { path: 'amount', code: 'too_large', params: { max: 1_000_000_000 } },
    ]);
    expect(await statusOf(code)).toBe(2);
    const detail = await moveTo(code, 6);
    expect(detail.dossier.feeAmount).toBe(15_000);
  });

  it('completing (→ 9) needs a word on the result, and a pickup place only with its hours', async () => {
    const code = await dossierAt(4);
    expect(await issuesOf(code, { to: 9 })).toEqual([{ path: 'resultNote', code: 'required' }]);
    expect(
      await issuesOf(code, { to: 9, resultNote: 'Đã ký.', pickupPlace: 'Bộ phận Một cửa UBND xã' }),
    ).toEqual([{ path: 'pickupHours', code: 'required' }]);
    const response = await change(code, {
      to: 9,
      resultNote: 'Giấy xác nhận đã ký.',
      pickupPlace: 'Bộ phận Một cửa UBND xã Mẫu Sơn',
      pickupHours: 'Sáng thứ Hai đến thứ Sáu, 7:30–11:30',
    });
    expect(response.status).toBe(200);
    const { dossier } = (await response.json()) as DossierDetail;
    expect(dossier.result).toMatchObject({
      delivery: 'in_person',
      note: 'Giấy xác nhận đã ký.',
      pickup: {
        place: 'Bộ phận Một cửa UBND xã Mẫu Sơn',
        hours: 'Sáng thứ Hai đến thứ Sáu, 7:30–11:30',
      },
    });
  });

  it('a body without a target status is a bad request', async () => {
    const code = await dossierAt(1);
    expect((await change(code, { reason: 'x' })).status).toBe(400);
    expect((await change(code, { to: '2' })).status).toBe(400);
  });
});

describe('what the citizen sees', () => {
  it('the supplement request, with its documents and due date, and answering it resumes work', async () => {
    const code = await dossierAt(2);
    await moveTo(code, 5);
    const mine: Dossier = await world.dossiers.get(citizen, code);
    expect(mine.status).toBe(DOSSIER_STATUS.supplementRequested);
    expect(mine.supplementRequest).toMatchObject({
      reason: FIELDS[5]?.reason,
      documents: FIELDS[5]?.documents,
      dueDate: FIELDS[5]?.dueDate,
    });
    expect(mine.history.at(-1)).toMatchObject({ status: 5, note: FIELDS[5]?.reason });
    await world.dossiers.supplement(citizen, code, {
      note: 'Đã bổ sung giấy xác nhận cư trú.',
      idempotencyKey: crypto.randomUUID(),
    });
    expect(await statusOf(code)).toBe(4);
  });

  it('the reason for a refusal', async () => {
    const code = await dossierAt(1);
    await moveTo(code, 3);
    const mine = await world.dossiers.get(citizen, code);
    expect(mine.history.at(-1)).toMatchObject({ status: 3, note: FIELDS[3]?.reason });
  });
});

describe('the inbox', () => {
  it('lists every citizen’s dossiers newest first, filtered by status, procedure and date', async () => {
    const other = await world.citizen('cong-dan-3');
    const a = await world.fileDossier(other);
    const b = await world.fileDossier(citizen);
    const list = async (query = '') =>
      (await (await world.staff(officer, 'GET', `/dossiers${query}`)).json()) as PageOf<DossierRow>;
    const all = await list();
    expect(all.items.slice(0, 2).map((d) => d.code)).toEqual([b.code, a.code]);
    expect(all.items[0]).toMatchObject({
      procedureTitle: { vi: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
      status: 1,
    });
    const fresh = await list('?status=1');
    expect(fresh.items.every((d) => d.status === 1)).toBe(true);
    expect(fresh.items.map((d) => d.code)).toContain(a.code);
    const several = await list('?status=3,8');
    expect(several.items.every((d) => d.status === 3 || d.status === 8)).toBe(true);
    expect((await list('?procedure=khong-co-thu-tuc-nay')).total).toBe(0);
    expect((await list('?procedure=xac-nhan-tinh-trang-hon-nhan')).total).toBe(all.total);
    expect((await list(`?from=${today()}&to=${today()}`)).total).toBe(all.total);
    expect((await list(`?to=${dayOffset(-1)}`)).total).toBe(0);
    expect((await list(`?from=${dayOffset(1)}`)).total).toBe(0);
  });

  it('pages by 20, with the total', async () => {
    const first = (await (
      await world.staff(officer, 'GET', '/dossiers')
    ).json()) as PageOf<DossierRow>;
    expect(first.total).toBeGreaterThan(20);
    expect(first.items).toHaveLength(20);
    const second = (await (
      await world.staff(officer, 'GET', '/dossiers?page=2')
    ).json()) as PageOf<DossierRow>;
    expect(second.page).toBe(2);
    expect(second.items.length).toBe(Math.min(20, first.total - 20));
    const codes = new Set([...first.items, ...second.items].map((d) => d.code));
    expect(codes.size).toBe(first.items.length + second.items.length);
  });

  it('refuses nonsense filters', async () => {
    for (const query of ['?status=11', '?status=abc', '?from=29-11-2026', '?page=0', '?page=x']) {
      expect((await world.staff(officer, 'GET', `/dossiers${query}`)).status, query).toBe(400);
    }
  });
});

describe('a dossier', () => {
  it('shows the answers under the procedure’s own questions, and the citizen', async () => {
    const { code } = await world.fileDossier(citizen, {
      onBehalf: { relationship: 'cha-me', filer: { name: 'Nguyễn Văn Bình' } },
    });
    const response = await world.staff(officer, 'GET', `/dossiers/${code}`);
    expect(response.status).toBe(200);
    const detail = (await response.json()) as DossierDetail;
    expect(detail.citizen.name).toBe('Nguyễn Thị Hoa');
    expect(detail.procedure).toMatchObject({
      title: { vi: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
      processingDays: 3,
      agency: { vi: 'UBND xã Mẫu Sơn' },
    });
    expect(detail.sections[0]).toEqual({
      title: { vi: 'Người cần xác nhận', en: 'The person to certify' },
      rows: [
        {
          fieldId: 'fullName',
          label: { vi: 'Họ và tên', en: 'Full name' },
          value: { kind: 'text', text: 'Nguyễn Thị Hoa' },
        },
        {
          fieldId: 'dateOfBirth',
          label: { vi: 'Ngày sinh', en: 'Date of birth' },
          value: { kind: 'date', value: '1985-04-12' },
        },
        {
          fieldId: 'cccd',
          label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
          value: { kind: 'text', text: '001185012345' },
        },
      ],
    });
    expect(detail.sections[1]?.rows[0]).toEqual({
      fieldId: 'purpose',
      label: { vi: 'Mục đích sử dụng', en: 'Purpose' },
      value: { kind: 'choice', labels: [{ vi: 'Đăng ký kết hôn', en: 'To register a marriage' }] },
    });
    expect(detail.dossier.onBehalf?.filer.name).toBe('Nguyễn Văn Bình');
    expect(detail.transitions.map((t) => t.to)).toEqual([2, 3, 5, 9]);
    expect(detail.today).toBe(today());
  });

  it('links its files behind the staff session', async () => {
    const pdf = new Blob([new TextEncoder().encode('%PDF-1.7\n% can cuoc\n')], {
      type: 'application/pdf',
    });
    const file = await world.dossiers.uploadAttachment(citizen, pdf, {
      fieldId: 'idPhotos',
      procedureId: 'xac-nhan-tinh-trang-hon-nhan',
      name: 'can-cuoc.pdf',
      type: 'application/pdf',
    });
    const { code } = await world.fileDossier(citizen, {
      answers: { ...VALID_ANSWERS, idPhotos: [file] },
    });
    const detail = (await (
      await world.staff(officer, 'GET', `/dossiers/${code}`)
    ).json()) as DossierDetail;
    const files = detail.sections.flatMap((s) => s.rows).find((r) => r.fieldId === 'idPhotos');
    expect(files?.value).toEqual({
      kind: 'files',
      files: [
        {
          id: file.id,
          name: 'can-cuoc.pdf',
          type: 'application/pdf',
          size: file.size,
          href: `/staff/api/files/${file.id}`,
        },
      ],
    });
    const bytes = await world.staff(officer, 'GET', `/files/${file.id}`);
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toBe('application/pdf');
    expect(bytes.headers.get('content-security-policy')).toContain('sandbox');
    expect(await bytes.text()).toContain('%PDF-1.7');
    expect((await world.staff(undefined, 'GET', `/files/${file.id}`)).status).toBe(401);
    expect((await world.staff(officer, 'GET', '/files/khong-co')).status).toBe(404);
  });

  it('an unknown code is a 404 in the contract’s error format', async () => {
    const response = await world.staff(officer, 'GET', '/dossiers/000.00.06.H56-990101-9999');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'Không tìm thấy mục này. Vui lòng kiểm tra lại mã.' },
    });
  });

  it('records which officer acted, never shown to the citizen', async () => {
    const code = await dossierAt(1);
    await moveTo(code, 2);
    const event = await world.context.db
      .selectFrom('dossier_events')
      .select(['actor', 'by'])
      .where('dossier_code', '=', code)
      .where('status', '=', 2)
      .executeTakeFirstOrThrow();
    const admin = (await world.context.staffAccounts.list()).find((s) => s.username === 'admin');
    expect(event.actor).toBe(admin?.id);
    const mine = await world.dossiers.get(citizen, code);
    expect(JSON.stringify(mine)).not.toContain(admin?.id ?? '??');
  });
});
