// Every text the scaffolder shows, Vietnamese first, English second. Placeholders are {name}.
// The texts speak to the developer running the tool: what happened, then what to do.

export type Locale = 'vi' | 'en';

const vi = {
  directory_missing:
    'Chưa có thư mục để tạo ứng dụng. Vui lòng ghi tên thư mục, ví dụ: pnpm create govmini-app tay-ninh-so.',
  directory_not_empty:
    'Thư mục {path} đã có tệp bên trong. Để không ghi đè lên việc đã làm, vui lòng chọn một thư mục mới hoặc thư mục trống.',
  directory_is_file:
    'Đường dẫn {path} là một tệp, không phải thư mục. Vui lòng chọn tên thư mục khác.',
  province_missing:
    'Chưa chọn tỉnh, thành phố. Vui lòng ghi tên hoặc mã tỉnh, ví dụ --province "Tây Ninh" hoặc --province 80.',
  unknown_province:
    'Không tìm thấy tỉnh, thành phố “{input}” trong 34 tỉnh, thành phố từ ngày 01/7/2025. Vui lòng ghi tên có dấu hoặc không dấu (ví dụ “Tây Ninh”, “tay ninh”) hoặc mã tỉnh (ví dụ 80).',
  merged_province:
    '“{input}” đã hợp nhất vào {province} từ ngày 01/7/2025. Vui lòng chọn {province} (mã {code}).',
  invalid_display_name: 'Tên ứng dụng “{input}” chưa dùng được: {reason}',
  'display_name.empty': 'tên đang để trống. Vui lòng ghi tên hiển thị, ví dụ “Tây Ninh Số”.',
  'display_name.length':
    'tên dài {length} ký tự, tối đa là {max}. Vui lòng ghi tên ngắn hơn, ví dụ “Tây Ninh Số”.',
  'display_name.characters':
    'tên có ký tự điều khiển hoặc ký tự không in được. Vui lòng chỉ dùng chữ, số, dấu cách và dấu câu thông thường.',
  'display_name.no_letter':
    'tên chưa có chữ cái nào. Vui lòng ghi tên có chữ, ví dụ “Tây Ninh Số”.',
  invalid_package_name: 'Tên gói npm “{input}” chưa hợp lệ: {reason}',
  'package_name.empty':
    'tên đang để trống. Vui lòng ghi chữ thường không dấu, số và dấu gạch ngang, ví dụ “tay-ninh-so”.',
  'package_name.length': 'tên dài {length} ký tự, npm cho tối đa 214. Vui lòng rút ngắn tên.',
  'package_name.uppercase': 'npm chỉ nhận chữ thường. Vui lòng viết “{suggestion}”.',
  'package_name.leading':
    'tên không được bắt đầu bằng dấu chấm hoặc gạch dưới. Vui lòng bắt đầu bằng chữ cái hoặc số.',
  'package_name.characters':
    'npm chỉ nhận chữ thường không dấu, số, dấu gạch ngang, dấu chấm và gạch dưới. Vui lòng viết lại, ví dụ “{suggestion}”.',
  'package_name.reserved':
    '“{input}” là tên dành riêng của Node.js hoặc npm. Vui lòng chọn tên khác, ví dụ “{suggestion}”.',
  invalid_colour:
    'Màu {field} “{input}” không đọc được. Vui lòng ghi mã màu dạng #rrggbb, ví dụ #00796b.',
  contrast_failed:
    'Bộ màu làm từ màu {field} “{input}” vẫn chưa đủ độ tương phản ở {count} cặp màu (ví dụ {example}). Vui lòng chọn màu khác, đậm hơn hoặc nhạt hơn.',
  unknown_module:
    'Không có phần chức năng “{input}”. Vui lòng chọn trong: dossier (hồ sơ dịch vụ công), feedback (phản ánh, kiến nghị), hoặc none (không chọn phần nào).',
  local_package_missing:
    'Thư mục {path} chưa có gói {name} (tệp .tgz do pnpm pack tạo ra). Vui lòng chạy pnpm pack cho gói đó vào thư mục này rồi thử lại.',
  local_package_ambiguous:
    'Thư mục {path} có nhiều hơn một tệp cho gói {name}: {files}. Vui lòng để lại đúng một tệp.',
  write_failed:
    'Không ghi được ứng dụng vào {path}: {reason}. Chưa có tệp nào được ghi. Vui lòng kiểm tra quyền ghi của thư mục rồi thử lại.',
  'field.primary': 'chính',
  'field.accent': 'nhấn',
  'notice.adjusted':
    'Màu {field} {from} hiển thị thành {to} ở chế độ sáng, sắc gần nhất đủ tương phản theo WCAG. Các chế độ tối và tương phản cao cũng tự chỉnh màu; xem provinceTheme.report trong src/theme.ts.',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  directory_missing:
    'No folder to create the app in. Name one, for example: pnpm create govmini-app tay-ninh-so.',
  directory_not_empty:
    'The folder {path} already has files in it. So as not to overwrite earlier work, choose a new or empty folder.',
  directory_is_file: '{path} is a file, not a folder. Choose another folder name.',
  province_missing:
    'No province or city chosen. Give its name or code, like --province "Tây Ninh" or --province 80.',
  unknown_province:
    'No province or city “{input}” among the 34 since 1 July 2025. Type its name with or without diacritics (like “Tây Ninh”, “tay ninh”) or its code (like 80).',
  merged_province:
    '“{input}” merged into {province} on 1 July 2025. Choose {province} (code {code}).',
  invalid_display_name: 'The app name “{input}” cannot be used: {reason}',
  'display_name.empty': 'it is empty. Type the name people will see, like “Tây Ninh Số”.',
  'display_name.length': 'it is {length} characters long, the most is {max}. Shorten it.',
  'display_name.characters':
    'it has control or invisible characters. Use letters, digits, spaces and ordinary punctuation only.',
  'display_name.no_letter': 'it has no letter. Use a name with letters, like “Tây Ninh Số”.',
  invalid_package_name: 'The npm package name “{input}” is not valid: {reason}',
  'package_name.empty':
    'it is empty. Use lower-case letters without diacritics, digits and hyphens, like “tay-ninh-so”.',
  'package_name.length': 'it is {length} characters long; npm allows 214. Shorten it.',
  'package_name.uppercase': 'npm takes lower case only. Write “{suggestion}”.',
  'package_name.leading': 'it must not start with a dot or an underscore.',
  'package_name.characters':
    'npm takes only lower-case letters without diacritics, digits, hyphens, dots and underscores. Rewrite it, like “{suggestion}”.',
  'package_name.reserved':
    '“{input}” is reserved by Node.js or npm. Choose another name, like “{suggestion}”.',
  invalid_colour: 'The {field} colour “{input}” cannot be read. Write it as #rrggbb, like #00796b.',
  contrast_failed:
    'The palette made from the {field} colour “{input}” still lacks contrast in {count} colour pairs (for example {example}). Choose another colour, darker or lighter.',
  unknown_module:
    'There is no module “{input}”. Choose from: dossier (public-service dossiers), feedback (citizen reports), or none.',
  local_package_missing:
    'The folder {path} has no {name} package (a .tgz made by pnpm pack). Run pnpm pack for it into that folder and try again.',
  local_package_ambiguous:
    'The folder {path} has more than one file for {name}: {files}. Leave exactly one.',
  write_failed:
    'The app could not be written to {path}: {reason}. Nothing was written. Check that the folder is writable and try again.',
  'field.primary': 'primary',
  'field.accent': 'accent',
  'notice.adjusted':
    'The {field} colour {from} shows as {to} in light mode, the nearest shade with WCAG contrast. Dark and high-contrast modes adjust colours too; see provinceTheme.report in src/theme.ts.',
};

export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { vi, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The text of `key` in `locale`, with `{name}` placeholders filled in. */
export function formatMessage(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
