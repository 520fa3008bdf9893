// What a citizen reads when a photo cannot be prepared on the phone: what happened and what to
// do, in plain polite words without a pronoun for the reader (CONTRIBUTING.md).
export const mediaVi = {
  not_image: 'Tệp này không phải là ảnh. Vui lòng chọn ảnh JPG, PNG hoặc WebP.',
  heic_unsupported:
    'Ảnh ở định dạng HEIC của iPhone chưa đọc được trên điện thoại này. Vui lòng chụp ảnh màn hình ảnh đó, hoặc chọn “Định dạng: Tương thích nhất” trong Cài đặt › Camera rồi chụp lại.',
  cannot_compress:
    'Không đọc được ảnh này trên điện thoại. Vui lòng chụp lại hoặc chọn một ảnh khác.',
  too_large:
    'Ảnh quá lớn, kể cả sau khi đã thu nhỏ. Vui lòng chụp lại gần hơn hoặc chọn một ảnh khác.',
} as const;

export type MediaErrorCode = keyof typeof mediaVi;
