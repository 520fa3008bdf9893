// A dossier's answers as the citizen gave them, under the procedure's own questions (the
// server pairs each answer with its field's label). Files open in a new tab behind the
// staff session; nothing is rendered as HTML.
import { Heading, SummaryList } from '@govmini/ui';
import type { AnswerRow, AnswerSection, AnswerValueView } from '../../../src/staff/wire.ts';
import { useFormat, useMessages } from '../i18n.ts';
import { dossierMessages } from './dossier.messages.ts';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

function Value({ value }: { value: AnswerValueView }) {
  const t = useMessages(dossierMessages);
  const format = useFormat();
  switch (value.kind) {
    case 'text':
      return <span className="staff-pre">{value.text}</span>;
    case 'choice':
      return value.labels.length === 1 ? (
        <span>{format.text(value.labels[0])}</span>
      ) : (
        <ul className="staff-plain-list">
          {value.labels.map((label) => (
            <li key={label.vi}>{format.text(label)}</li>
          ))}
        </ul>
      );
    case 'yesNo':
      return <>{value.value ? t('yes') : t('no')}</>;
    case 'date':
      return <>{format.date(value.value)}</>;
    case 'number':
      return (
        <>
          {format.number(value.value)}
          {value.unit ? ` ${format.text(value.unit)}` : ''}
        </>
      );
    case 'money':
      return <>{format.money(value.value)}</>;
    case 'address':
      return (
        <ul className="staff-plain-list">
          {value.street && <li>{value.street}</li>}
          <li>
            {t('commune')}: {value.communeCode}
          </li>
          {value.province && <li>{value.province}</li>}
        </ul>
      );
    case 'files':
      return (
        <ul className="staff-plain-list">
          {value.files.map((file) => (
            <li key={file.id}>
              <a className="gm-link" href={file.href} target="_blank" rel="noopener">
                {t('file', { name: file.name, size: sizeText(file.size) })}
              </a>
            </li>
          ))}
        </ul>
      );
    case 'appointment': {
      // dateTime is `dd/mm/yyyy hh:mm`.
      const [date, from] = format.dateTime(value.start).split(' ');
      const to = format.dateTime(value.end).split(' ')[1];
      return <span>{t('appointment', { date: date ?? '', from: from ?? '', to: to ?? '' })}</span>;
    }
    case 'group':
      return (
        <ol className="staff-group-items">
          {value.items.map((rows, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are a fixed, ordered answer
            <li key={index}>
              <p className="staff-group-items__label">
                {format.text(value.itemLabel).replace('{n}', String(index + 1))}
              </p>
              <Rows rows={rows} />
            </li>
          ))}
        </ol>
      );
  }
}

function Rows({ rows }: { rows: readonly AnswerRow[] }) {
  const format = useFormat();
  return (
    <SummaryList>
      {rows.map((row) => (
        <SummaryList.Row
          key={row.fieldId}
          label={format.text(row.label)}
          value={<Value value={row.value} />}
        />
      ))}
    </SummaryList>
  );
}

export function AnswerSections({ sections }: { sections: readonly AnswerSection[] }) {
  const t = useMessages(dossierMessages);
  const format = useFormat();
  if (sections.length === 0) return <p>{t('noAnswers')}</p>;
  return (
    <>
      {sections.map((section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections follow the procedure's pages
        <section key={index} className="staff-section">
          {section.title && (
            <Heading level={3} size="s">
              {format.text(section.title)}
            </Heading>
          )}
          <Rows rows={section.rows} />
        </section>
      ))}
    </>
  );
}
