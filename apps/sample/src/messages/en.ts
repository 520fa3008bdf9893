import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = {
  'app.name': 'Tỉnh Mẫu',
  'app.tagline': 'Public services of Tỉnh Mẫu, right inside Zalo',
  'app.intro':
    'The GovMini sample app: how a province builds its public-service app inside Zalo, in large, easy-to-read text, with nothing to install.',
  'app.back': 'Back',
  'app.language': 'Tiếng Việt',
  'app.languageLabel': 'Switch to Vietnamese',
  'home.services': 'Services',
  'home.adminSearch.title': 'Find your new local unit',
  'home.adminSearch.description':
    'Since 1 July 2025 Vietnam has 34 provinces and no districts. Find your province, commune or ward by its new or old name.',
  'search.title': 'Find your new local unit',
  'search.label': 'Name of a province, city, commune or ward',
  'search.hint': 'With or without Vietnamese accents, e.g. ba dinh, tp hcm, Đắk Lắk.',
  'search.loading': 'Loading the list of communes and wards…',
  'search.loadFailed':
    'The list of communes and wards could not be loaded, so only provinces can be found for now. Check your connection and press “Try again”.',
  'search.retry': 'Try again',
  'search.empty': 'No unit is called “{query}”. Try typing fewer letters, or check the spelling.',
  'search.count': '{count} results found.',
  'search.countMore': 'Showing the first {count} results. Type more to narrow them down.',
  'search.prompt': 'Type at least one letter to start.',
  'result.province': 'Province or city',
  'result.inProvince': 'In {province}',
  'result.mergedFrom': 'Before 1 July 2025 it was: {list}.',
  'result.unchanged': 'Not merged with another province in the 2025 reform.',
  'result.provinceMergedFrom': '{province} was formed on 1 July 2025 from: {list}.',
  'result.provinceUnchanged': '{province} was not merged with another province in the 2025 reform.',
  'result.viaLegacy': 'The former “{legacy}” is now part of {province}.',
  'result.code': 'Unit code: {code}',
};
