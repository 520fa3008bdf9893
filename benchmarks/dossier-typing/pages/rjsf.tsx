// The baseline: @rjsf/core's Form with its default theme and the AJV 8 validator, on the JSON
// Schema equivalent of the GovMini procedure. liveValidate off (RJSF's default): it validates on
// submit, as GovMini validates on "Tiếp tục" — neither validates the whole form per keystroke.
import './harness';
import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';
import { makeProcedure, toJsonSchema } from '../procedure';
import { renderStarted } from './harness';

const schema = toJsonSchema(makeProcedure()) as RJSFSchema;

function Bench() {
  return (
    <Form
      schema={schema}
      validator={validator}
      liveValidate={false}
      onChange={() => {
        window.bench.changes += 1;
      }}
      onSubmit={() => {}}
    />
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('rjsf.html: #root is missing');
renderStarted();
createRoot(root).render(<Bench />);
