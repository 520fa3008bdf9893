// "Hướng dẫn sử dụng" (`/huong-dan`) and each guide (`/huong-dan/:slug`): static how-to pages
// written as data (../messages/guides.ts), each with a heading per part, numbered steps and
// lists, and a link to where the task is done. The statuses guide shows the 10 dossier statuses
// in @govmini/ui's own words (StatusTag), the same the citizen meets in "Hồ sơ của tôi".
import { dossierStatusCodes, Heading, StatusTag, Text } from '@govmini/ui';
import { Page, useParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useAppCatalogue, useI18n } from '../messages';
import {
  type Guide,
  type GuideSection,
  guideBySlug,
  guideMessages,
  guides,
} from '../messages/guides';
import { guidePath, routes } from '../routes';

function useGuideText() {
  return useAppCatalogue(guideMessages);
}

function GuideLinks({ list }: { list: readonly Guide[] }) {
  const text = useGuideText();
  return (
    <ul className="gm-service-list">
      {list.map((guide) => (
        <li key={guide.slug}>
          <a className="gm-service-card" href={guidePath(guide.slug)}>
            <span className="gm-service-card__title">{text(guide.title)}</span>
            <span className="gm-service-card__description">{text(guide.summary)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function GuidesPage() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Heading level={1}>{t('guides.title')}</Heading>
        <Text>{t('guides.intro')}</Text>
        <GuideLinks list={guides} />
      </main>
    </Page>
  );
}

function Section({ section }: { section: GuideSection }) {
  const text = useGuideText();
  return (
    <>
      <Heading level={2}>{text(section.heading)}</Heading>
      {section.paragraphs?.map((key) => (
        <Text key={key}>{text(key)}</Text>
      ))}
      {section.steps && (
        <ol className="gm-guide-steps">
          {section.steps.map((key) => (
            <li key={key}>{text(key)}</li>
          ))}
        </ol>
      )}
      {section.bullets && (
        <ul className="gm-guide-list">
          {section.bullets.map((key) => (
            <li key={key}>{text(key)}</li>
          ))}
        </ul>
      )}
      {section.statuses && (
        <ul className="gm-guide-statuses">
          {dossierStatusCodes.map((code) => (
            <li key={code}>
              <StatusTag status={code} description />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function GuidePage() {
  const { t } = useI18n();
  const text = useGuideText();
  const { slug } = useParams();
  const guide = guideBySlug(slug);
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        {guide ? (
          <>
            <Heading level={1}>{text(guide.title)}</Heading>
            <Text className="gm-guide-lead">{text(guide.summary)}</Text>
            {guide.sections.map((section) => (
              <Section key={section.heading} section={section} />
            ))}
            <p className="gm-body">
              <a className="gm-call-link" href={guide.action.to}>
                {text(guide.action.label)}
              </a>
            </p>
            <Heading level={2}>{t('guides.more')}</Heading>
            <GuideLinks list={guides.filter((other) => other !== guide)} />
          </>
        ) : (
          <>
            <Heading level={1}>{t('guides.notFound.title')}</Heading>
            <Text>{t('guides.notFound.body')}</Text>
            <p className="gm-body">
              <a className="gm-link" href={routes.guides}>
                {t('guides.toList')}
              </a>
            </p>
          </>
        )}
      </main>
    </Page>
  );
}
