// @vitest-environment node
// Until the English pack has arrived (it loads on demand, and may fail offline), every text
// reads in Vietnamese, whole: never a raw key, never an English label in a Vietnamese sentence.
// The test setup preloads English, so these tests load the modules afresh, before it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerIssue } from '../core/definition/api';

const issue: AnswerIssue = {
  path: 'fullName',
  code: 'required',
  params: { label: 'Họ và tên', labelEn: 'Full name', fieldType: 'text' },
};

beforeEach(() => {
  vi.resetModules();
});

describe('before the English pack has loaded', () => {
  it('answer issues read in Vietnamese, label included, then in English once it loads', async () => {
    const { answerIssueMessage } = await import('../core/definition/messages');
    const { dossierLocalePack } = await import('./pack');
    expect(dossierLocalePack.isLoaded('en')).toBe(false);
    expect(answerIssueMessage(issue, 'en')).toBe('Vui lòng nhập họ và tên.');
    await dossierLocalePack.load('en');
    expect(answerIssueMessage(issue, 'en')).toBe('Enter full name.');
  });

  it('service and attachment errors read in Vietnamese; overrides apply either way', async () => {
    const { dossierErrorMessage } = await import('../core/service/messages');
    const { attachmentErrorMessages } = await import('../core/attachments/errors');
    const { loadLocale, translate } = await import('@govmini/ui/core');
    expect(dossierErrorMessage('offline', 'en')).toMatch(/^Điện thoại đang mất mạng/);
    expect(translate(attachmentErrorMessages, 'en', 'too_large')).toMatch(/^Tệp quá lớn/);
    const overrides = { 'dossier.error.offline': 'No signal.' };
    expect(dossierErrorMessage('offline', 'en', overrides)).toBe('No signal.');
    await loadLocale('en');
    expect(dossierErrorMessage('offline', 'en')).toMatch(/^The phone is offline/);
    expect(translate(attachmentErrorMessages, 'en', 'too_large')).toMatch(/^The file is too large/);
    expect(dossierErrorMessage('offline', 'vi')).toMatch(/^Điện thoại đang mất mạng/);
  });
});
