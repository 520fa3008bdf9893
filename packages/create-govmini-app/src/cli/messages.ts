// The CLI's own texts. Prompts show Vietnamese first with English alongside ("Tỉnh · Province"),
// as the whole toolkit does.

export const cliText = {
  intro:
    'create-govmini-app {version} — tạo ứng dụng Zalo Mini App cho tỉnh, thành phố\n' +
    "  Creates a province's Zalo mini app on the GovMini packages.\n",
  askDirectory: 'Thư mục cho ứng dụng · Folder for the app',
  askProvince:
    'Tỉnh, thành phố (tên có hoặc không dấu, hoặc mã; ? để xem danh sách) · Province (name or code; ? lists all 34)',
  askPrimary: 'Màu chính · Primary colour',
  askAccent: 'Màu nhấn · Accent colour',
  askDisplayName: 'Tên ứng dụng (hiển thị trong Zalo) · App name (shown in Zalo)',
  askPackageName: 'Tên gói npm · npm package name',
  askModules: 'Phần chức năng: dossier (hồ sơ), feedback (phản ánh), hoặc none · Modules',
  askConfirm: 'Tạo ứng dụng? · Create the app? (c/k · y/n)',
  provinceChosen:
    '  → {fullName} (mã · code {code}); màu gợi ý · preset colours {primary}, {accent}',
  presetNote:
    '  Màu gợi ý chỉ là màu mặc định để sửa, không phải màu chính thức của tỉnh.\n' +
    "  Preset colours are defaults to edit, not the province's official colours.",
  summary:
    '\nSẽ tạo · Will create:\n' +
    '  thư mục · folder     {directory}\n' +
    '  tỉnh · province      {province}\n' +
    '  tên · name           {displayName} ({packageName})\n' +
    '  màu · colours        {primary}, {accent}\n' +
    '  phần · modules       {modules}\n',
  noModules: 'không có · none',
  cancelled: 'Đã dừng. Chưa có tệp nào được ghi. · Stopped. Nothing was written.',
  failed:
    'Chưa tạo được ứng dụng, chưa có tệp nào được ghi: · The app was not created, nothing was written:',
  notice: 'Lưu ý · Note:',
  created:
    '\nĐã tạo “{displayName}” trong {directory} · Created “{displayName}” in {directory}\n\n' +
    'Tiếp theo · Next:\n' +
    '  cd {relative}\n' +
    '  pnpm install\n' +
    '  pnpm dev        # http://127.0.0.1:3000, trên Zalo mô phỏng · on the simulated Zalo\n' +
    '  pnpm test\n\n' +
    'Hướng dẫn: README.md (tiếng Việt, có tóm tắt tiếng Anh) · Guide: README.md\n',
  unknownOption:
    'Không có tùy chọn “{option}”. Xem create-govmini-app --help. · Unknown option “{option}”; see --help.',
  help: `create-govmini-app — tạo ứng dụng Zalo Mini App cho tỉnh, thành phố trên các gói @govmini/*
Creates a province's Zalo mini app on the @govmini/* packages.

Cách dùng · Usage:
  pnpm create govmini-app [thư-mục] [tùy chọn]
  create-govmini-app [folder] [options]

Không có --yes: hỏi từng câu, có giá trị gợi ý. · Without --yes it asks, with defaults.

Tùy chọn · Options:
  --province <tên|mã>          tỉnh, thành phố (một trong 34) · one of the 34 provinces
  --name <tên>                 tên ứng dụng, có dấu · display name, with diacritics
  --package-name <tên>         tên gói npm (mặc định: tên ứng dụng không dấu) · npm name
  --modules <danh sách>        dossier,feedback | dossier | feedback | none (mặc định cả hai)
  --primary-colour <#rrggbb>   màu chính (mặc định: màu gợi ý của tỉnh) · primary colour
  --accent-colour <#rrggbb>    màu nhấn · accent colour
  --local-packages <thư mục>   lấy @govmini/* từ các tệp .tgz của pnpm pack · use local tarballs
  --yes, -y                    không hỏi, dùng tùy chọn và giá trị mặc định (cho CI) · no questions
  --help, -h                   hướng dẫn này · this help
  --version, -v                phiên bản · version

Ví dụ · Example:
  pnpm create govmini-app tay-ninh-so --province "Tây Ninh" --name "Tây Ninh Số" --yes
`,
} as const;

export type CliTextKey = keyof typeof cliText;

export function cliMessage(key: CliTextKey, params: Record<string, string> = {}): string {
  return cliText[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
