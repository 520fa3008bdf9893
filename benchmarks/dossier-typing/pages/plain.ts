// The floor: the same 100 labelled inputs as plain HTML, no framework, no handler. What remains
// is the browser's own cost of a keystroke plus the harness's, for reading the other rows.
import './harness';
import { makeProcedure } from '../procedure';
import { renderStarted } from './harness';

const root = document.getElementById('root');
if (!root) throw new Error('plain.html: #root is missing');
renderStarted();
const form = document.createElement('form');
for (const field of makeProcedure().pages[0]?.fields ?? []) {
  const label = document.createElement('label');
  label.htmlFor = field.id;
  label.textContent = field.label.vi;
  const input = document.createElement('input');
  input.id = field.id;
  input.type = 'text';
  if (field.type === 'text' && field.maxLength) input.maxLength = field.maxLength;
  input.required = field.required === true;
  const row = document.createElement('div');
  row.append(label, input);
  form.append(row);
}
root.append(form);
