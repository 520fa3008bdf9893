import { describeLocalePack } from '@govmini/test-support/locale-pack';
import { uiLocalePack } from './pack';

describeLocalePack(uiLocalePack, import.meta.glob('../react/**/messages.ts', { eager: true }));
