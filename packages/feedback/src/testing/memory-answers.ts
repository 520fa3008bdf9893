// What the simulated agency writes back: a few plausible answers per kind of problem, in the
// plain register of a commune People's Committee replying on Huế-S or Góp ý Đà Nẵng. Used in
// turn, so a demo shows different answers.
import type { CategoryIcon } from '../core/types';

const ANSWERS: Readonly<Record<CategoryIcon, readonly string[]>> = {
  road: [
    'UBND xã đã cử cán bộ kiểm tra hiện trường. Đơn vị duy tu đã vá ổ gà và cắm biển cảnh báo trong thời gian chờ mặt đường ổn định. Cảm ơn người dân đã phản ánh.',
    'Đoạn đường được phản ánh đã nằm trong kế hoạch sửa chữa năm nay. Trong khi chờ thi công, đơn vị quản lý đã rải đá lấp tạm các vị trí hư hỏng.',
  ],
  flood: [
    'Đội thoát nước đã nạo vét cống và thông tắc hố ga tại vị trí phản ánh; nước đã rút hết sau 2 giờ. Khu vực này sẽ được theo dõi thêm trong mùa mưa.',
    'Nguyên nhân ngập là cửa xả bị rác chắn. Đơn vị thoát nước đã vớt rác và lắp thêm lưới chắn rác tại cửa xả.',
  ],
  rubbish: [
    'Công ty môi trường đã thu gom hết rác tại điểm phản ánh. UBND xã sẽ lắp biển cấm đổ rác và tăng cường kiểm tra vào buổi tối.',
    'Điểm tập kết rác đã được dọn sạch và phun chế phẩm khử mùi. Lịch thu gom tại khu vực được tăng lên hằng ngày.',
  ],
  light: [
    'Điện lực đã thay bóng đèn và bộ điều khiển của cột đèn được phản ánh; đèn sáng lại từ tối cùng ngày.',
    'Tuyến đèn bị mất điện do đứt cáp ngầm. Đơn vị chiếu sáng đã nối cáp và kiểm tra lại toàn tuyến.',
  ],
  tree: [
    'Đội cây xanh đã cắt tỉa cành khô, gãy và chằng chống lại cây nghiêng để bảo đảm an toàn cho người đi đường.',
    'Cây đổ đã được dọn khỏi lòng đường. Đơn vị cây xanh sẽ trồng cây mới thay thế vào mùa trồng cây tới.',
  ],
  water: [
    'Công ty cấp nước đã sửa điểm vỡ ống và cấp nước trở lại. Người dân nên xả nước vài phút trước khi dùng.',
    'Áp lực nước yếu do đang thay đường ống chính. Việc thay ống dự kiến xong trong tuần; trong thời gian này xe bồn sẽ cấp nước theo lịch đã thông báo.',
  ],
  noise: [
    'Công an xã đã làm việc với cơ sở gây tiếng ồn, lập biên bản và yêu cầu không hoạt động sau 22 giờ.',
    'Đoàn kiểm tra đã đo độ ồn tại khu vực. Cơ sở vượt quy chuẩn đã bị nhắc nhở và cam kết lắp vách cách âm.',
  ],
  traffic: [
    'Đội cảnh sát giao thông đã kiểm tra, xử lý các trường hợp đỗ xe sai quy định và bố trí lực lượng vào giờ cao điểm.',
    'Sở Xây dựng đã điều chỉnh chu kỳ đèn tín hiệu tại nút giao được phản ánh để giảm ùn tắc.',
  ],
  building: [
    'Đội trật tự xây dựng đã kiểm tra công trình. Chủ đầu tư đã được yêu cầu che chắn, thu dọn vật liệu lấn chiếm vỉa hè.',
    'Công trình đã có giấy phép xây dựng. UBND xã yêu cầu chủ công trình làm đúng giấy phép và sẽ kiểm tra định kỳ.',
  ],
  office: [
    'Thủ trưởng cơ quan đã chấn chỉnh bộ phận một cửa và bố trí thêm cán bộ vào buổi sáng để giảm thời gian chờ.',
    'Cơ quan đã làm việc với cán bộ liên quan và xin lỗi người dân. Hồ sơ đã được giải quyết đúng hạn.',
  ],
  safety: [
    'Công an xã đã tăng cường tuần tra tại khu vực phản ánh và phối hợp với tổ dân phố lắp thêm camera an ninh.',
    'Vị trí nguy hiểm đã được rào chắn và gắn biển cảnh báo. Đơn vị quản lý sẽ khắc phục dứt điểm trong tháng.',
  ],
  other: [
    'Cơ quan đã tiếp nhận và giao đơn vị liên quan giải quyết. Kết quả đã được thông báo đến tổ dân phố.',
    'Nội dung phản ánh đã được ghi nhận vào kế hoạch của UBND xã và sẽ được thực hiện trong quý tới.',
  ],
};

/** The `turn`-th answer for a kind of problem (cycling through its set). */
export function simulatedAnswer(icon: CategoryIcon, turn: number): string {
  const set = ANSWERS[icon] ?? ANSWERS.other;
  return set[Math.abs(Math.trunc(turn)) % set.length] ?? ANSWERS.other[0] ?? '';
}
