// A few real 2025 units for stories and tests: the 34 provinces, with communes for Hà Nội and
// Thành phố Hồ Chí Minh only (an app loads the full data itself; it is not bundled).
import { type AdminDataProvince, provinces } from '@govmini/vn/admin';

const communes: Record<string, [number, string][]> = {
  '01': [
    [4, 'Phường Ba Đình'],
    [8, 'Phường Ngọc Hà'],
    [70, 'Phường Hoàn Kiếm'],
    [82, 'Phường Cửa Nam'],
    [97, 'Phường Hồng Hà'],
    [577, 'Xã Bát Tràng'],
  ],
  '79': [
    [25747, 'Phường Thủ Dầu Một'],
    [25760, 'Phường Bình Dương'],
    [26506, 'Phường Vũng Tàu'],
    [26732, 'Đặc khu Côn Đảo'],
    [26737, 'Phường Tân Định'],
    [26740, 'Phường Sài Gòn'],
    [26743, 'Phường Bến Thành'],
  ],
};

export const sampleAdminData: AdminDataProvince[] = provinces.map((p) => ({
  name: p.fullName,
  code: Number(p.code),
  division_type: p.kind === 'city' ? 'thành phố trung ương' : 'tỉnh',
  wards: (communes[p.code] ?? []).map(([code, name]) => ({
    code,
    name,
    division_type:
      name.split(' ')[0] === 'Xã' ? 'xã' : name.startsWith('Đặc') ? 'đặc khu' : 'phường',
  })),
}));
