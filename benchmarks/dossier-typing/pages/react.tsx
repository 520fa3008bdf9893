// The React floor: the same 100 labelled inputs, each a controlled input in its own component
// with its own useState, so a keystroke re-renders one small component and nothing else. No
// form library: about the least a React form can do per keystroke.
import './harness';
import { memo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { makeProcedure } from '../procedure';
import { renderStarted } from './harness';

const fields = makeProcedure().pages[0]?.fields ?? [];

const Row = memo(function Row({
  id,
  label,
  maxLength,
}: {
  id: string;
  label: string;
  maxLength?: number | undefined;
}) {
  const [value, setValue] = useState('');
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLength}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          window.bench.changes += 1;
        }}
      />
    </div>
  );
});

function Bench() {
  return (
    <form>
      {fields.map((field) => (
        <Row
          key={field.id}
          id={field.id}
          label={field.label.vi}
          maxLength={field.type === 'text' ? field.maxLength : undefined}
        />
      ))}
    </form>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('react.html: #root is missing');
renderStarted();
createRoot(root).render(<Bench />);
