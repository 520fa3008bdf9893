// Seed data for the sample province "Tỉnh Mẫu": the example procedures of @govmini/dossier,
// feedback categories a commune office would route, a staff account, and the made-up bank
// account fees are transferred to when a procedure names none. Idempotent: run on
// every start, it adds only what is missing, so a province's own changes are never overwritten.
import { randomBytes } from 'node:crypto';
import type { PaymentAccount, ProcedureDefinition } from '@govmini/dossier/core';
import { exampleProcedures, TINH_MAU } from '@govmini/dossier/examples';
import type { FeedbackCategory } from '@govmini/feedback/core';
import type { StaffAccounts } from '../services/auth/staff.ts';
import { PAYMENT_ACCOUNT_SETTING } from '../services/dossier/payments.ts';
import type { ProcedureCatalogue } from '../services/dossier/procedures.ts';
import type { Database } from './database.ts';

const ubnd = {
  id: 'ubnd-xa-hoa-an',
  name: { vi: 'UBND xã Hòa An', en: 'Hoa An Commune People’s Committee' },
};

export const TINH_MAU_CATEGORIES: readonly FeedbackCategory[] = [
  {
    id: 'ha-tang-giao-thong',
    title: { vi: 'Hạ tầng giao thông', en: 'Roads and pavements' },
    description: {
      vi: 'Ổ gà, sụt lún, hư hỏng mặt đường, vỉa hè',
      en: 'Potholes, subsidence, broken pavements',
    },
    icon: 'road',
    agency: ubnd,
    answerDays: 5,
  },
  {
    id: 'ngap-ung',
    title: { vi: 'Ngập úng, thoát nước', en: 'Flooding and drains' },
    description: {
      vi: 'Đường ngập, cống tắc, hố ga mất nắp',
      en: 'Flooded streets, blocked drains, open manholes',
    },
    icon: 'flood',
    agency: ubnd,
    answerDays: 3,
    notice: {
      vi: 'Nếu có người gặp nguy hiểm, vui lòng gọi 112.',
      en: 'If someone is in danger, please call 112.',
    },
  },
  {
    id: 'moi-truong',
    title: { vi: 'Vệ sinh môi trường', en: 'Rubbish and cleanliness' },
    description: { vi: 'Rác thải, đổ trộm phế thải, mùi hôi', en: 'Rubbish, dumping, smells' },
    icon: 'rubbish',
    agency: ubnd,
    answerDays: 3,
    notice: { vi: 'Trường hợp cháy nổ, vui lòng gọi 114.', en: 'For fire, please call 114.' },
  },
  {
    id: 'chieu-sang',
    title: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' },
    description: { vi: 'Đèn đường hỏng, tắt, sáng ban ngày', en: 'Broken or unlit street lights' },
    icon: 'light',
    agency: {
      id: 'dien-luc-tinh-mau',
      name: { vi: 'Điện lực Tỉnh Mẫu', en: 'Mau Province Power' },
    },
    answerDays: 2,
  },
  {
    id: 'cay-xanh',
    title: { vi: 'Cây xanh', en: 'Trees' },
    description: {
      vi: 'Cây đổ, cành gãy, cây nghiêng nguy hiểm',
      en: 'Fallen trees, broken or leaning branches',
    },
    icon: 'tree',
    agency: ubnd,
    answerDays: 3,
  },
  {
    id: 'trat-tu-do-thi',
    title: { vi: 'Trật tự đô thị, xây dựng', en: 'Building and street order' },
    description: {
      vi: 'Lấn chiếm vỉa hè, xây dựng sai phép',
      en: 'Pavement encroachment, unlicensed building',
    },
    icon: 'building',
    agency: ubnd,
    answerDays: 7,
  },
  {
    id: 'thu-tuc-hanh-chinh',
    title: { vi: 'Thủ tục hành chính, thái độ phục vụ', en: 'Public services and staff conduct' },
    description: {
      vi: 'Giải quyết hồ sơ chậm, cán bộ gây khó khăn',
      en: 'Slow handling, unhelpful staff',
    },
    icon: 'office',
    agency: {
      id: 'van-phong-ubnd-tinh',
      name: { vi: 'Văn phòng UBND Tỉnh Mẫu', en: 'Mau Province Office' },
    },
    answerDays: 10,
  },
  {
    id: 'khac',
    title: { vi: 'Vấn đề khác', en: 'Something else' },
    description: { vi: 'Những việc không thuộc các nhóm trên', en: 'Anything not listed above' },
    icon: 'other',
    agency: ubnd,
    answerDays: 10,
  },
];

/**
 * Where Tỉnh Mẫu's fees go when a procedure names no account (the birth registration's late
 * fee, an assessed fee at status 6). MADE UP, like the province: the name says so on every
 * banking app's confirmation screen. A real province sets PAYMENT_BANK_BIN,
 * PAYMENT_ACCOUNT_NUMBER and PAYMENT_ACCOUNT_NAME (which win over this), or its own procedures'
 * `fee.account`.
 */
export const TINH_MAU_PAYMENT_ACCOUNT: PaymentAccount = {
  bankBin: '970405',
  accountNumber: '0000000000012',
  accountName: 'TINH MAU - TAI KHOAN MAU KHONG CO THAT',
};

export interface SeedOptions {
  readonly procedures?: readonly ProcedureDefinition[];
  readonly categories?: readonly FeedbackCategory[];
  /** The `admin` account's password; generated when unset (and returned, to print once). */
  readonly staffPassword?: string | undefined;
  /** false: no staff account. */
  readonly staff?: boolean;
  /** The province's receiving account (default Tỉnh Mẫu's made-up one); false: none. */
  readonly paymentAccount?: PaymentAccount | false;
}

export interface SeedReport {
  readonly procedures: number;
  readonly categories: number;
  /** Set when the staff account was created now. */
  readonly staff?: {
    readonly username: string;
    readonly password: string;
    readonly generated: boolean;
  };
}

export async function seed(
  db: Database,
  deps: { catalogue: ProcedureCatalogue; staffAccounts: StaffAccounts },
  options: SeedOptions = {},
): Promise<SeedReport> {
  const procedures = options.procedures ?? exampleProcedures;
  const categories = options.categories ?? TINH_MAU_CATEGORIES;
  let addedProcedures = 0;
  for (const procedure of procedures) {
    const known = await db
      .selectFrom('procedures')
      .select('id')
      .where('id', '=', procedure.id)
      .executeTakeFirst();
    if (known) continue;
    await deps.catalogue.publish(procedure);
    addedProcedures++;
  }
  let addedCategories = 0;
  for (const [position, category] of categories.entries()) {
    const result = await db
      .insertInto('feedback_categories')
      .values({ id: category.id, position, definition: JSON.stringify(category) })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    addedCategories += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  const account = options.paymentAccount ?? TINH_MAU_PAYMENT_ACCOUNT;
  if (account) {
    await db
      .insertInto('settings')
      .values({
        key: PAYMENT_ACCOUNT_SETTING,
        value: JSON.stringify(account),
        updated_ms: Date.now(),
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
  let staff: SeedReport['staff'];
  if (options.staff !== false) {
    const any = await db.selectFrom('staff_accounts').select('id').limit(1).executeTakeFirst();
    if (!any) {
      const generated = options.staffPassword === undefined;
      const password = options.staffPassword ?? randomBytes(12).toString('base64url');
      await deps.staffAccounts.create({
        username: 'admin',
        displayName: `Quản trị ${TINH_MAU.name.vi}`,
        password,
        role: 'admin',
      });
      staff = { username: 'admin', password, generated };
    }
  }
  return {
    procedures: addedProcedures,
    categories: addedCategories,
    ...(staff ? { staff } : {}),
  };
}
