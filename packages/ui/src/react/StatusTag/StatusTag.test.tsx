import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uiLocalePack } from '../../locales/pack';
import { renderWithProvider } from '../test-utils';
import { statusTagMessages } from './messages';
import { dossierStatusCodes, dossierStatusTone, StatusTag } from './StatusTag';

const plain = [
  'Đã nộp, chờ tiếp nhận',
  'Đã tiếp nhận',
  'Không được tiếp nhận',
  'Đang xử lý',
  'Cần bổ sung giấy tờ',
  'Cần nộp phí, lệ phí',
  'Đã rút hồ sơ',
  'Dừng xử lý',
  'Đã có kết quả, chờ trả',
  'Đã trả kết quả',
];

describe('StatusTag', () => {
  it.each(dossierStatusCodes.map((code) => [code, plain[code - 1]] as const))(
    'status %i reads "%s" and carries its tone',
    (code, words) => {
      renderWithProvider(<StatusTag status={code} />);
      const tag = screen.getByText(words as string);
      expect(tag.className).toBe(`gm-status-tag gm-status-tag--${dossierStatusTone[code]}`);
      expect(tag.dataset.status).toBe(String(code));
    },
  );

  it('every status has a long form in both languages', async () => {
    const en = await uiLocalePack.entries('en');
    for (const texts of [statusTagMessages.vi as Record<string, string>, en]) {
      for (const code of dossierStatusCodes) {
        expect(texts[`statusTag.${code}`]).toBeTruthy();
        expect(texts[`statusTag.${code}.description`]).toMatch(/\.$/);
      }
    }
  });

  it('description: the catalogue long form, or a text of the caller', () => {
    const { rerender, container } = renderWithProvider(<StatusTag status={5} description />);
    expect(container.textContent).toBe(
      'Cần bổ sung giấy tờHồ sơ cần thêm giấy tờ. Vui lòng xem yêu cầu và nộp bổ sung trước hạn.',
    );
    rerender(<StatusTag status={3} description="Thiếu bản sao CCCD." />);
    expect(screen.getByText('Thiếu bản sao CCCD.')).toBeTruthy();
  });

  it('English; words of the caller replace the label', () => {
    const { rerender } = renderWithProvider(<StatusTag status={10} />, { locale: 'en' });
    expect(screen.getByText('Result delivered')).toBeTruthy();
    rerender(<StatusTag status={4}>Đang thẩm định</StatusTag>);
    expect(screen.getByText('Đang thẩm định').className).toContain('gm-status-tag--info');
  });
});
