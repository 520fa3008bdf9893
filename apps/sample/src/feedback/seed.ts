// Reports other citizens of Tỉnh Mẫu sent in the past weeks, answered by the agencies, so
// that "Phản ánh đã trả lời" is not empty on the first visit (and the duplicate check has
// something to find). Filed and answered through the memory backend's own calls, each at a
// plausible past time: sent in the evening or morning, received and answered in office hours.
import type { FeedbackCategory, ReportLocation } from '@govmini/feedback';
import type { MemoryFeedbackService } from '@govmini/feedback/testing';
import { addWorkingHours } from '@govmini/vn/calendar';
import { drawSeedPhoto } from './seed-photos';

interface SeedReport {
  readonly categoryId: string;
  readonly daysAgo: number;
  /** Vietnam time the citizen sent it, `HH:MM`. */
  readonly sentAt: string;
  readonly communeCode: string;
  readonly place: string;
  readonly description: string;
  readonly answer: string;
  readonly supporters: number;
  readonly reporter: number;
  readonly showName?: boolean;
  /** The agency closed it after the answer. */
  readonly closed?: boolean;
}

/** Citizens who sent the seeded reports and pressed "Tôi cũng gặp" (never shown, but named). */
const NEIGHBOURS = ['Trần Văn Hùng', 'Lê Thị Hoa', 'Phạm Minh Đức', 'Vũ Thị Lan'];
const SUPPORTERS = 12;

const SEEDS: readonly SeedReport[] = [
  {
    categoryId: 'ha-tang-giao-thong',
    daysAgo: 9,
    sentAt: '20:15',
    communeCode: '00004',
    place: 'Trước số nhà 18 phố Đội Cấn',
    description:
      'Mặt đường phố Đội Cấn đoạn trước số nhà 18 có ổ gà lớn, sâu khoảng 15 cm. Trời mưa nước đọng che mất ổ gà, xe máy đi qua rất dễ ngã.',
    answer:
      'Sở Xây dựng đã giao đơn vị duy tu kiểm tra hiện trường ngày hôm sau. Ổ gà trước số nhà 18 phố Đội Cấn đã được vá bằng bê tông nhựa; đoạn đường lân cận được đưa vào kế hoạch thảm lại mặt đường trong quý tới. Cảm ơn người dân đã phản ánh.',
    supporters: 4,
    reporter: 0,
  },
  {
    categoryId: 'ngap-ung',
    daysAgo: 16,
    sentAt: '06:40',
    communeCode: '00008',
    place: 'Ngõ 12 phố Đào Tấn',
    description:
      'Sau mỗi trận mưa lớn, ngõ 12 phố Đào Tấn ngập sâu gần nửa bánh xe máy, nước rút rất chậm. Hố ga đầu ngõ bị rác lấp kín.',
    answer:
      'Công ty Thoát nước đã nạo vét hố ga đầu ngõ 12 và thông tuyến cống dọc phố Đào Tấn. Sau trận mưa ngày 10, nước trong ngõ rút hết sau khoảng 30 phút. Khu vực này được theo dõi thêm trong mùa mưa.',
    supporters: 7,
    reporter: 1,
    closed: true,
  },
  {
    categoryId: 'chieu-sang',
    daysAgo: 6,
    sentAt: '21:05',
    communeCode: '00070',
    place: 'Phố Lý Thường Kiệt, đoạn gần ngã tư Quang Trung',
    description:
      'Ba cột đèn liên tiếp trên phố Lý Thường Kiệt không sáng đã hơn một tuần, buổi tối đoạn này rất tối, người đi bộ không nhìn thấy đường.',
    answer:
      'Đơn vị quản lý chiếu sáng đã thay bộ điều khiển và bóng đèn của ba cột đèn được phản ánh. Tuyến đèn đã sáng bình thường từ tối cùng ngày.',
    supporters: 2,
    reporter: 2,
  },
  {
    categoryId: 'rac-thai',
    daysAgo: 12,
    sentAt: '09:30',
    communeCode: '00025',
    place: 'Bãi đất trống cạnh chợ Giảng Võ',
    description:
      'Bãi đất trống cạnh chợ bị đổ trộm phế thải xây dựng và rác sinh hoạt, bốc mùi hôi, nhiều ruồi muỗi, nhất là vào buổi chiều.',
    answer:
      'Công ty môi trường đã thu dọn toàn bộ phế thải tại bãi đất trống cạnh chợ Giảng Võ. UBND phường đã dựng rào chắn, lắp biển cấm đổ rác và giao tổ dân phố kiểm tra vào buổi tối.',
    supporters: 9,
    reporter: 1,
    showName: true,
  },
  {
    categoryId: 'cay-xanh',
    daysAgo: 4,
    sentAt: '07:10',
    communeCode: '00004',
    place: 'Vỉa hè trước cổng trường tiểu học phố Hoàng Hoa Thám',
    description:
      'Cây sấu trước cổng trường có một cành khô lớn chìa ra lòng đường, có nguy cơ gãy rơi vào học sinh và người đi đường khi có gió to.',
    answer:
      'Đội cây xanh đã cắt bỏ cành khô và tỉa tán cây sấu trước cổng trường vào sáng thứ Bảy, khi học sinh nghỉ học. Cây được kiểm tra thêm trước mùa mưa bão.',
    supporters: 11,
    reporter: 3,
  },
  {
    categoryId: 'thu-tuc-hanh-chinh',
    daysAgo: 25,
    sentAt: '14:20',
    communeCode: '00082',
    place: 'Bộ phận một cửa, trụ sở UBND phường',
    description:
      'Nộp hồ sơ đăng ký khai sinh cho con tại bộ phận một cửa, đến hạn trả kết quả vẫn chưa nhận được, gọi vào số điện thoại trên giấy hẹn không ai nghe máy.',
    answer:
      'Văn phòng UBND tỉnh đã làm việc với UBND phường Cửa Nam. Hồ sơ chậm do thiếu xác minh thông tin cư trú; kết quả đã được trả cho người nộp kèm thư xin lỗi theo quy định. Phường đã bố trí thêm người trực số điện thoại trên giấy hẹn.',
    supporters: 3,
    reporter: 2,
  },
];

/** Epoch ms of `HH:MM` Vietnam time, `daysAgo` days before today (Vietnam has no DST). */
function vietnamTimeDaysAgo(daysAgo: number, time: string, now: number): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const vnMidnight = Math.floor((now + 7 * 3_600_000) / 86_400_000) * 86_400_000 - 7 * 3_600_000;
  return vnMidnight - daysAgo * 86_400_000 + (hours * 60 + minutes) * 60_000;
}

export interface SeedWorld {
  readonly backend: MemoryFeedbackService;
  readonly categories: readonly FeedbackCategory[];
  /** The session token of a seeded citizen (the backend resolves it to them). */
  readonly tokenOf: (citizen: string) => string;
  /** Sets the backend's clock for what follows (`undefined`: back to real time). */
  readonly setClock: (at: number | undefined) => void;
}

/** Ids of the citizens the seed acts as (the backend must resolve their tokens). */
export const seedCitizens = [
  ...NEIGHBOURS.map((name, i) => ({ id: `nguoi-dan-mau-${i + 1}`, name })),
  ...Array.from({ length: SUPPORTERS }, (_, i) => ({ id: `nguoi-ung-ho-${i + 1}` })),
];

/** Files and answers the seeded reports; the clock is real time again afterwards. */
export async function seedAnsweredReports(world: SeedWorld): Promise<void> {
  const { backend, setClock, tokenOf } = world;
  const now = Date.now();
  try {
    for (const [index, seed] of SEEDS.entries()) {
      const category = world.categories.find((c) => c.id === seed.categoryId);
      const reporter = seedCitizens[seed.reporter];
      if (!category || !reporter) throw new Error(`seed ${index}: unknown category or citizen`);
      const sent = vietnamTimeDaysAgo(seed.daysAgo, seed.sentAt, now);
      const received = addWorkingHours(sent, 0.5);
      const started = addWorkingHours(received, 2);
      const answered = addWorkingHours(started, Math.min(category.answerDays, 3) * 4);
      // A long holiday could push the answer past today: such a seed is left out.
      if (answered > now - 3_600_000) continue;

      setClock(sent);
      const token = tokenOf(reporter.id);
      const photo = await backend.uploadPhoto(token, await drawSeedPhoto(category.icon), {
        name: `anh-${index + 1}.jpg`,
        type: 'image/jpeg',
      });
      const location: ReportLocation = {
        kind: 'commune',
        provinceCode: '01',
        communeCode: seed.communeCode,
        place: seed.place,
      };
      const report = await backend.submit(token, {
        categoryId: seed.categoryId,
        description: seed.description,
        photoIds: [photo.id],
        location,
        showName: seed.showName ?? false,
        publish: true,
        notify: true,
        idempotencyKey: `tinh-mau-seed-${index + 1}`,
      });
      setClock(received);
      await backend.controls.receive(report.id);
      for (const supporter of seedCitizens.slice(NEIGHBOURS.length).slice(0, seed.supporters)) {
        await backend.support(tokenOf(supporter.id), report.id);
      }
      setClock(started);
      await backend.controls.start(report.id);
      setClock(answered);
      await backend.controls.answer(report.id, { text: seed.answer });
      if (seed.closed) {
        setClock(Math.min(answered + 7 * 86_400_000, now - 60_000));
        await backend.controls.close(report.id);
      }
    }
  } finally {
    setClock(undefined);
  }
}
