import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { judicialRecord, vehicleInspection } from '../../examples/index';
import { renderWithDossier } from '../test-support';
import { CheckAnswers } from './CheckAnswers';

const feeRow = () => screen.getByText('Lệ phí', { selector: 'dt' }).nextElementSibling?.textContent;

describe('CheckAnswers: the fee', () => {
  test('is the amount the answers give (a fee by choice)', async () => {
    await renderWithDossier(
      <CheckAnswers
        procedure={judicialRecord}
        answers={{ feeGroup: 'uu-dai' }}
        onChange={() => undefined}
        onContinue={() => undefined}
      />,
    );
    expect(feeRow()).toBe('100.000\u00a0₫');
  });

  test('says the office will tell an assessed fee', async () => {
    await renderWithDossier(
      <CheckAnswers
        procedure={vehicleInspection}
        answers={{}}
        onChange={() => undefined}
        onContinue={() => undefined}
      />,
    );
    expect(feeRow()).toBe('Cơ quan sẽ báo số tiền sau khi xem hồ sơ');
  });
});
