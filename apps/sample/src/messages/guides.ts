// "Hướng dẫn": the app's how-to pages as data. The outline (which headings, paragraphs, steps
// and lists a guide has, and where its "Làm ngay" link goes) is below; every text is in the
// guides' catalogue, Vietnamese here and English in ./en.ts (the app's locale pack). Only the
// guide screens import this module, so the home page does not carry the guides' words.
import { type CatalogueKeys, defineCatalogue } from '@govmini/ui/core';
import { routes } from '../routes';
import { sampleLocalePack } from './index';

const vi = {
  'nop-ho-so.title': 'Cách nộp hồ sơ trực tuyến',
  'nop-ho-so.summary': 'Từ chọn thủ tục đến khi nhận mã hồ sơ, thường chỉ mất 10 đến 15 phút.',
  'nop-ho-so.prepare': 'Cần chuẩn bị',
  'nop-ho-so.prepare.zalo': 'Tài khoản Zalo đăng ký bằng số điện thoại của chính mình.',
  'nop-ho-so.prepare.id':
    'Số định danh cá nhân (số căn cước) của người nộp và của những người có tên trong hồ sơ.',
  'nop-ho-so.prepare.photos':
    'Ảnh chụp rõ nét, đủ bốn góc các giấy tờ kèm theo. Trang giới thiệu của mỗi thủ tục ghi rõ cần những giấy tờ nào.',
  'nop-ho-so.steps': 'Các bước',
  'nop-ho-so.step.find':
    'Ở trang chủ, gõ tên thủ tục vào ô “Tìm thủ tục hành chính”, hoặc chọn “Nộp hồ sơ trực tuyến”.',
  'nop-ho-so.step.start':
    'Đọc trang giới thiệu thủ tục: ai được nộp, cần giấy tờ gì, lệ phí và thời hạn giải quyết. Bấm “Bắt đầu”.',
  'nop-ho-so.step.signIn':
    'Nếu được hỏi, đăng nhập bằng Zalo và đọc từng mục dữ liệu cá nhân trước khi chọn “Đồng ý” hoặc “Không đồng ý”.',
  'nop-ho-so.step.answer': 'Trả lời từng câu hỏi rồi bấm “Tiếp tục”. Mỗi trang chỉ hỏi một việc.',
  'nop-ho-so.step.check':
    'Ở trang “Kiểm tra lại thông tin trước khi gửi”, bấm “Thay đổi” bên cạnh câu trả lời cần sửa.',
  'nop-ho-so.step.send': 'Đọc lời cam đoan, đánh dấu đồng ý rồi bấm “Gửi hồ sơ”.',
  'nop-ho-so.step.code':
    'Ghi lại mã hồ sơ trên trang “Đã gửi hồ sơ”. Mã này dùng để tra cứu và khi liên hệ cơ quan.',
  'nop-ho-so.safe': 'Không sợ mất những gì đã nhập',
  'nop-ho-so.safe.body':
    'Hồ sơ được lưu trên điện thoại sau mỗi câu trả lời. Có thể đóng ứng dụng và làm tiếp sau, trong “Hồ sơ đang làm dở”. Nếu mất mạng lúc gửi, hồ sơ được giữ lại và tự gửi khi có mạng, chỉ một lần.',
  'nop-ho-so.action': 'Chọn thủ tục để nộp',

  'tra-cuu.title': 'Cách tra cứu hồ sơ',
  'tra-cuu.summary': 'Xem hồ sơ đã đến bước nào, có cần bổ sung giấy tờ không, khi nào có kết quả.',
  'tra-cuu.mine': 'Hồ sơ mình đã nộp trên ứng dụng',
  'tra-cuu.mine.step.open':
    'Ở trang chủ, chọn “Hồ sơ của tôi” và đăng nhập bằng Zalo nếu được hỏi.',
  'tra-cuu.mine.step.pick': 'Chọn hồ sơ cần xem để thấy từng bước đã làm và ngày hẹn trả kết quả.',
  'tra-cuu.mine.step.act':
    'Nếu hồ sơ cần bổ sung giấy tờ, làm theo yêu cầu ghi trong hồ sơ trước hạn được báo.',
  'tra-cuu.code': 'Hồ sơ có mã (nộp ở Bộ phận Một cửa hoặc nộp thay người khác)',
  'tra-cuu.code.step.open': 'Ở trang chủ, chọn “Tra cứu hồ sơ”. Không cần đăng nhập.',
  'tra-cuu.code.step.type':
    'Gõ mã hồ sơ in trên giấy hẹn trả kết quả. Có thể gõ chữ thường và bỏ qua dấu chấm, dấu gạch.',
  'tra-cuu.code.step.read':
    'Bấm “Tra cứu” để xem tình trạng. Trang này chỉ cho biết tình trạng, không hiện thông tin cá nhân.',
  'tra-cuu.action': 'Tra cứu bằng mã hồ sơ',

  'phan-anh.title': 'Cách gửi phản ánh',
  'phan-anh.summary':
    'Báo cho chính quyền những gì chưa ổn nơi mình sống, kèm ảnh và vị trí, rồi theo dõi câu trả lời.',
  'phan-anh.steps': 'Các bước',
  'phan-anh.step.open': 'Ở trang chủ, chọn “Gửi phản ánh” và đăng nhập bằng Zalo nếu được hỏi.',
  'phan-anh.step.category': 'Chọn loại vấn đề, ví dụ: đường hỏng, ngập úng, rác thải, đèn đường.',
  'phan-anh.step.describe': 'Viết vấn đề là gì, từ khi nào, ảnh hưởng thế nào.',
  'phan-anh.step.photos':
    'Chụp hoặc chọn từ 1 đến 5 ảnh. Nếu ảnh có mặt người hay biển số xe, che đi trước khi gửi.',
  'phan-anh.step.place': 'Dùng vị trí hiện tại của điện thoại, hoặc chọn xã, phường và gõ địa chỉ.',
  'phan-anh.step.choices':
    'Chọn có hiện tên mình khi phản ánh được công khai hay không, kiểm tra lại rồi bấm gửi.',
  'phan-anh.after': 'Sau khi gửi',
  'phan-anh.after.mine':
    'Theo dõi trong “Phản ánh của tôi”: khi cơ quan trả lời, đọc câu trả lời và cho biết vấn đề đã được giải quyết chưa.',
  'phan-anh.after.offline':
    'Nếu đang mất mạng, phản ánh và ảnh được giữ trên điện thoại và tự gửi khi có mạng.',
  'phan-anh.after.public':
    'Phản ánh đã trả lời có thể được công khai trong “Phản ánh đã được trả lời”; tên người gửi chỉ hiện nếu đã chọn hiện tên.',
  'phan-anh.action': 'Gửi phản ánh',

  'trang-thai.title': 'Trạng thái hồ sơ nghĩa là gì',
  'trang-thai.summary':
    'Mỗi hồ sơ luôn ở một trong 10 trạng thái dưới đây. Màu chỉ để nhóm lại; chữ mới nói lên ý nghĩa.',
  'trang-thai.list': 'Các trạng thái',
  'trang-thai.act': 'Khi nào cần làm gì',
  'trang-thai.act.supplement':
    '“Cần bổ sung giấy tờ” và “Cần nộp phí, lệ phí”: cơ quan đang chờ mình, vui lòng làm trước hạn được báo.',
  'trang-thai.act.result':
    '“Đã có kết quả, chờ trả”: nhận kết quả theo cách đã chọn khi nộp, mang theo mã hồ sơ.',
  'trang-thai.act.rate':
    '“Đã trả kết quả”: vui lòng đánh giá mức độ hài lòng để cơ quan phục vụ tốt hơn.',
  'trang-thai.action': 'Xem hồ sơ của tôi',

  'chu-to.title': 'Cách làm chữ to hơn, dễ đọc hơn',
  'chu-to.summary':
    'Chữ trong ứng dụng có thể to gấp đôi, và màu có thể đậm hơn cho dễ nhìn. Ứng dụng ghi nhớ lựa chọn này.',
  'chu-to.steps': 'Các bước',
  'chu-to.step.open': 'Ở trang chủ, chọn “Cài đặt”.',
  'chu-to.step.size':
    'Trong phần “Cỡ chữ và màu sắc”, chọn cỡ chữ dễ đọc nhất: 100 %, 125 %, 150 % hoặc 200 %.',
  'chu-to.step.contrast':
    'Nếu chữ vẫn khó nhìn, đánh dấu “Tương phản cao” để chữ và nền đậm màu hơn.',
  'chu-to.more': 'Lưu ý',
  'chu-to.more.everywhere': 'Cỡ chữ đã chọn áp dụng cho mọi trang, kể cả lần mở ứng dụng sau.',
  'chu-to.more.zoom': 'Vẫn có thể dùng hai ngón tay để phóng to một phần màn hình khi cần xem kỹ.',
  'chu-to.action': 'Mở Cài đặt',
} as const;

export const guideMessages = defineCatalogue(sampleLocalePack, 'guide.', vi);

/** A text of the guides' catalogue. */
export type GuideKey = keyof typeof vi;
/** Full keys ('guide.…'), for typing the English pack. */
export type GuideMessageKey = CatalogueKeys<typeof guideMessages>;

/** One part of a guide: a heading, then paragraphs, numbered steps, a bulleted list. */
export interface GuideSection {
  heading: GuideKey;
  paragraphs?: readonly GuideKey[];
  steps?: readonly GuideKey[];
  bullets?: readonly GuideKey[];
  /** The 10 dossier statuses, in @govmini/ui's words (StatusTag with its description). */
  statuses?: true;
}

export interface Guide {
  /** Its path: `/huong-dan/<slug>`. */
  slug: string;
  title: GuideKey;
  summary: GuideKey;
  sections: readonly GuideSection[];
  /** "Làm ngay": where the guide's task is done. */
  action: { to: string; label: GuideKey };
}

export const guides: readonly Guide[] = [
  {
    slug: 'nop-ho-so',
    title: 'nop-ho-so.title',
    summary: 'nop-ho-so.summary',
    sections: [
      {
        heading: 'nop-ho-so.prepare',
        bullets: ['nop-ho-so.prepare.zalo', 'nop-ho-so.prepare.id', 'nop-ho-so.prepare.photos'],
      },
      {
        heading: 'nop-ho-so.steps',
        steps: [
          'nop-ho-so.step.find',
          'nop-ho-so.step.start',
          'nop-ho-so.step.signIn',
          'nop-ho-so.step.answer',
          'nop-ho-so.step.check',
          'nop-ho-so.step.send',
          'nop-ho-so.step.code',
        ],
      },
      { heading: 'nop-ho-so.safe', paragraphs: ['nop-ho-so.safe.body'] },
    ],
    action: { to: routes.procedures, label: 'nop-ho-so.action' },
  },
  {
    slug: 'tra-cuu-ho-so',
    title: 'tra-cuu.title',
    summary: 'tra-cuu.summary',
    sections: [
      {
        heading: 'tra-cuu.mine',
        steps: ['tra-cuu.mine.step.open', 'tra-cuu.mine.step.pick', 'tra-cuu.mine.step.act'],
      },
      {
        heading: 'tra-cuu.code',
        steps: ['tra-cuu.code.step.open', 'tra-cuu.code.step.type', 'tra-cuu.code.step.read'],
      },
    ],
    action: { to: routes.lookup, label: 'tra-cuu.action' },
  },
  {
    slug: 'gui-phan-anh',
    title: 'phan-anh.title',
    summary: 'phan-anh.summary',
    sections: [
      {
        heading: 'phan-anh.steps',
        steps: [
          'phan-anh.step.open',
          'phan-anh.step.category',
          'phan-anh.step.describe',
          'phan-anh.step.photos',
          'phan-anh.step.place',
          'phan-anh.step.choices',
        ],
      },
      {
        heading: 'phan-anh.after',
        bullets: ['phan-anh.after.mine', 'phan-anh.after.offline', 'phan-anh.after.public'],
      },
    ],
    action: { to: routes.sendReport, label: 'phan-anh.action' },
  },
  {
    slug: 'trang-thai-ho-so',
    title: 'trang-thai.title',
    summary: 'trang-thai.summary',
    sections: [
      { heading: 'trang-thai.list', statuses: true },
      {
        heading: 'trang-thai.act',
        bullets: ['trang-thai.act.supplement', 'trang-thai.act.result', 'trang-thai.act.rate'],
      },
    ],
    action: { to: routes.myDossiers, label: 'trang-thai.action' },
  },
  {
    slug: 'chu-to-hon',
    title: 'chu-to.title',
    summary: 'chu-to.summary',
    sections: [
      {
        heading: 'chu-to.steps',
        steps: ['chu-to.step.open', 'chu-to.step.size', 'chu-to.step.contrast'],
      },
      { heading: 'chu-to.more', bullets: ['chu-to.more.everywhere', 'chu-to.more.zoom'] },
    ],
    action: { to: routes.settings, label: 'chu-to.action' },
  },
];

export const guideBySlug = (slug: string | undefined) => guides.find((g) => g.slug === slug);
