// The sample app's English, a locale pack (see ./index.tsx): this module is a chunk of its own,
// loaded by loadLocale('en') together with the GovMini packages' English, so a citizen who reads
// Vietnamese never downloads it. Typed against vi.ts: a missing or stray key fails the typecheck.
import type { GuideMessageKey } from './guides';
import type { MessageKey } from './vi';

export const en: Record<MessageKey | GuideMessageKey, string> = {
  'app.name': 'Tỉnh Mẫu',
  'app.tagline': 'Public services of Tỉnh Mẫu, right inside Zalo',
  'app.intro':
    'The GovMini sample app: how a province builds its public-service app inside Zalo, in large, easy-to-read text, with nothing to install.',
  'app.back': 'Back',
  'home.adminSearch.title': 'Find your new local unit',
  'home.adminSearch.description':
    'Since 1 July 2025 Vietnam has 34 provinces and no districts. Find your province, commune or ward by its new or old name.',
  'account.title': 'Account',
  'account.addPhone': 'Add a phone number',
  'account.phoneReason':
    'Officials need a phone number to reach you when a dossier needs more documents.',
  'account.typedPhone.title': 'Phone number entered',
  'account.typedPhone.body':
    'The number {phone} was noted. It will be verified when you file a dossier.',
  'offline.banner':
    'You are offline. What you typed is kept; the app carries on when the connection is back.',
  'platform.title': 'Simulated platform',
  'platform.intro':
    'This app is running outside Zalo, on GovMini’s simulated platform. Change the options below to see how the app handles going offline and refused permissions.',
  'platform.kind': 'Platform: {kind}',
  'platform.network': 'Network',
  'platform.online': 'Online',
  'platform.offline': 'Offline',
  'platform.goOffline': 'Go offline',
  'platform.goOnline': 'Go online',
  'platform.permissions': 'Permissions',
  'platform.permission.userInfo': 'Name and avatar',
  'platform.permission.phoneNumber': 'Phone number',
  'platform.permission.location': 'Location',
  'platform.permission.camera': 'Camera',
  'platform.permission.microphone': 'Microphone',
  'platform.state.granted': 'Allowed',
  'platform.state.denied': 'Refused',
  'platform.state.prompt-grant': 'Ask, then allow',
  'platform.state.prompt-deny': 'Ask, then refuse',
  'platform.state.prompt-cancel': 'Ask, then close',
  'platform.try': 'Try a call',
  'platform.tryPhone': 'Get phone number',
  'platform.tryLocation': 'Get location',
  'platform.explain.phone':
    'The app needs your phone number so officials can reach you if your dossier needs more documents. Zalo will ask you next.',
  'platform.result.token':
    'Done: a one-time token was received (expires at {time}). The province’s server exchanges it for the information.',
  'platform.explain.continue': 'Continue',
  'platform.explain.decline': 'No, thank you',
  'platform.history': 'Recent calls',
  'platform.history.empty': 'No calls yet.',
  'platform.lifecycle': 'App lifecycle',
  'platform.fireHidden': 'Simulate hiding the app',
  'platform.fireShown': 'Simulate reopening',
  'platform.lastLifecycle': 'Last event: {event}',
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
  'procedures.title': 'Administrative procedures',
  'procedures.intro':
    'Choose the procedure you need. The application is kept on the phone while you fill it in, so you can stop and carry on at any time.',
  'procedures.searchLabel': 'Find a procedure',
  'procedures.searchHint':
    'With or without Vietnamese accents, e.g. khai sinh, ly lich tu phap, dang kiem.',
  'procedures.count': '{count} procedures.',
  'procedures.empty':
    'No procedure matches “{query}”. Try typing fewer letters, or check the spelling.',
  'procedures.loading': 'Loading the procedures…',
  'procedures.failed':
    'The procedures could not be loaded. Check your connection and press “Try again”.',
  'procedures.retry': 'Try again',
  'procedures.agency': 'Handled by: {agency}',
  'procedures.yours': 'Your applications',
  'journey.loading': 'Opening the procedure…',
  'journey.failedTitle': 'The procedure could not be opened',
  'journey.failed': 'Check your connection and press “Try again”.',
  'journey.notFound.title': 'This procedure was not found',
  'journey.notFound.body':
    'The link may be old, or the procedure can no longer be done online. Please choose it again from the list.',
  'journey.toList': 'See the procedures',
  'journey.communesLoading': 'Loading the list of communes and wards…',
  'drafts.title': 'Unfinished applications',
  'drafts.toProcedures': 'Choose a procedure to start',
  'myDossiers.title': 'My applications',
  'myDossiers.newDossier': 'Start a new application',
  'myDossiers.more': 'See also',
  'lookup.title': 'Look up an application',
  'lookup.signIn': 'Sign in to see the application in full',
  'lookup.mine': 'See it in full in My applications',
  'agency.title': 'Simulated office (for developers)',
  'agency.intro':
    'In the sample app a simulated office, inside the browser, handles applications: it accepts them within 2 working hours, then decides within the procedure’s time. The buttons below act for an officer at once, to see the status change.',
  'agency.nothing': 'In this status the application waits for the applicant, or is finished.',
  'agency.accept': 'Officer accepts the application',
  'agency.supplement': 'Officer asks for more documents',
  'agency.complete': 'Officer completes it',
  'agency.return': 'Officer hands over the result',
  'agency.done.accept': 'The office accepted the application.',
  'agency.done.supplement': 'The office asked for more documents.',
  'agency.done.complete': 'The office completed the application.',
  'agency.done.return': 'The office handed over the result.',
  'agency.failed': 'The simulated office cannot do that in the application’s current status.',
  'agency.supplementReason':
    'The photo of the document is blurred and cannot be read. Please take it again, sharp, with all four corners.',
  'agency.supplementDocument': 'Documents attached to the application',
  // ── Shell: header, loading a page ───────────────────────────────────────────────────────
  'app.help': 'Help',
  'page.loading': 'Opening the page…',
  'page.failed.title': 'This page could not be opened',
  'page.failed.body':
    'The connection may be weak or lost. What you typed is kept. Check your connection, then press “Try again”.',
  'page.error.body':
    'Something went wrong on this page. What you typed is kept. Press “Try again”, or go to the home page.',
  'page.failed.retry': 'Try again',
  'page.failed.home': 'Go to the home page',
  'notFound.title': 'This page was not found',
  'notFound.body':
    'The link may be out of date or mistyped. Go to the home page to choose the service you need.',
  // ── Home: procedure search, services, account, help, developers ─────────────────────────
  'home.search.label': 'Find a public service',
  'home.search.hint':
    'Type the name or code of a procedure, with or without Vietnamese accents, e.g. birth, ly lich tu phap.',
  'home.search.submit': 'Search',
  'home.search.loading': 'Searching…',
  'home.search.count': '{count} matching procedures.',
  'home.search.empty':
    'No procedure matches “{query}”. Try typing fewer letters, or see all procedures.',
  'home.search.failed':
    'The list of procedures could not be loaded. Check your connection, then press “Try again”.',
  'home.search.code': 'Procedure code: {code}',
  'home.search.all': 'See all procedures',
  'home.services': 'Services',
  'home.procedures.title': 'Apply online',
  'home.myDossiers.title': 'My applications',
  'home.lookup.title': 'Look up an application',
  'home.sendReport.title': 'Report a problem',
  'home.myReports.title': 'My reports',
  'home.publicReports.title': 'Answered reports',
  'home.guides.title': 'Guides',
  'home.help.title': 'Help',
  'home.personal': 'Account and settings',
  'home.account.title': 'Account',
  'home.account.description': 'Sign in with Zalo, your personal details, your phone number.',
  'home.settings.title': 'Settings',
  'home.settings.description':
    'Text size, colours, language, the personal data you agreed to share, signing out.',
  'home.otherLanguage': 'Dùng ứng dụng bằng tiếng Việt',
  'home.hotline.title': 'Need help?',
  'home.hotline.body': 'Call the {province} hotline, during office hours on working days.',
  'home.hotline.call': 'Call {hotline}',
  'home.hotline.more': 'Other ways to get in touch',
  'home.developer.title': 'For developers',
  'home.developer.intro':
    'These pages help you try the sample app outside Zalo. A province’s real app does not have them.',
  'home.platform.title': 'Simulated platform',
  'home.platform.description':
    'Outside Zalo the app runs on a simulated Zalo. Here you can go offline, refuse permissions and see how the app reacts.',
  // ── Settings ───────────────────────────────────────────────────────────────────────────
  'settings.title': 'Settings',
  'settings.display.title': 'Text size and colours',
  'settings.display.intro':
    'Choose the text size that is easiest to read. Every page of the app uses it, next time too.',
  'settings.display.sample': 'Example: Mr Nguyễn Văn An’s dossier was received on 05/01/2026.',
  'settings.language.title': 'Language',
  'settings.language.legend': 'Language of the app',
  'settings.language.hint':
    'Some content written by the authorities, such as answers to reports, is only in Vietnamese.',
  'settings.language.loading': 'Loading English…',
  'settings.language.failed':
    'The English texts could not be loaded, perhaps because you are offline. The app stays in Vietnamese. Check your connection, then choose “English” again.',
  'settings.language.changed': 'The app is now in English.',
  'settings.account.title': 'Account',
  'settings.account.checking': 'Checking whether you are signed in…',
  'settings.account.signedIn': 'Signed in with the Zalo account {name}.',
  'settings.account.signedInNoName': 'Signed in with your Zalo account.',
  'settings.account.profile': 'See your personal details and phone number',
  'settings.account.signedOut':
    'You are not signed in. Sign in with Zalo to apply, send reports and see the personal data you agreed to share.',
  'settings.account.signIn': 'Sign in',
  'signOut.title': 'Sign out',
  'signOut.body': 'Signing out removes all personal information stored on this phone.',
  'signOut.button': 'Sign out',
  'signOut.confirmTitle': 'Sign out of the app?',
  'signOut.confirmBody':
    'Your personal information, unfinished applications and reports not yet sent on this phone will be removed. What you have sent stays: sign in again to see it.',
  'signOut.confirm': 'Sign out',
  'signOut.cancel': 'No, stay signed in',
  'signOut.done': 'You are signed out. Your personal information was removed from this phone.',
  'signOut.failed':
    'You could not be signed out, perhaps because you are offline. Check your connection and try again.',
  'account.settings': 'The personal data you agreed to share, text size and language: see Settings',
  // ── Guides ─────────────────────────────────────────────────────────────────────────────
  'guides.title': 'How to use the app',
  'guides.intro': 'How to use the app’s services, step by step.',
  'guides.notFound.title': 'This guide was not found',
  'guides.notFound.body':
    'The link may be out of date. Please choose again from the list of guides.',
  'guides.toList': 'See all guides',
  'guides.more': 'Other guides',
  // ── Help ───────────────────────────────────────────────────────────────────────────────
  'help.title': 'Help',
  'help.intro':
    'Need help with the app or with a procedure? Call the hotline, send an email or visit the one-stop office.',
  'help.sample':
    'Tỉnh Mẫu is the sample app’s fictional province: the phone number, email and address on this page are sample data and reach no one.',
  'help.sampleTitle': 'Sample data',
  'help.hotline.title': 'Hotline',
  'help.hotline.call': 'Call {hotline}',
  'help.hotline.body': 'Officials answer during office hours. Call charges depend on your network.',
  'help.hours.title': 'Office hours',
  'help.hours.body':
    'Monday to Friday: {morning} and {afternoon}. Closed on Saturdays, Sundays and public holidays.',
  'help.email.title': 'Email',
  'help.email.write': 'Write to {email}',
  'help.email.body':
    'Include the application or report code, if you have one, for a faster answer. Do not send your ID number or photos of documents by email.',
  'help.office.title': 'One-stop office',
  'help.office.body': 'Hand in and collect applications in person at: {name}, {address}.',
  'help.guides.title': 'Find the answer yourself',
  'help.guides.link': 'See how to use the app',
  'help.lookup.link': 'Look up an application by its code',
  // ── Guides (./guides.ts) ───────────────────────────────────────────────────────────────
  'guide.nop-ho-so.title': 'How to apply online',
  'guide.nop-ho-so.summary':
    'From choosing a procedure to getting your application code, usually 10 to 15 minutes.',
  'guide.nop-ho-so.prepare': 'What you need',
  'guide.nop-ho-so.prepare.zalo': 'A Zalo account registered with your own phone number.',
  'guide.nop-ho-so.prepare.id':
    'The personal identification number (ID card number) of the applicant and of everyone named in the application.',
  'guide.nop-ho-so.prepare.photos':
    'Sharp photos of the supporting documents, all four corners visible. Each procedure’s start page lists which documents it needs.',
  'guide.nop-ho-so.steps': 'Steps',
  'guide.nop-ho-so.step.find':
    'On the home page, type the procedure’s name in “Find a public service”, or choose “Apply online”.',
  'guide.nop-ho-so.step.start':
    'Read the procedure’s start page: who can apply, the documents needed, the fee and how long it takes. Press “Start”.',
  'guide.nop-ho-so.step.signIn':
    'If asked, sign in with Zalo and read each item of personal data before choosing “Agree” or “Do not agree”.',
  'guide.nop-ho-so.step.answer':
    'Answer each question, then press “Continue”. Each page asks one thing.',
  'guide.nop-ho-so.step.check':
    'On “Check the answers before sending”, press “Change” next to any answer to correct it.',
  'guide.nop-ho-so.step.send':
    'Read the declaration, tick to agree, then press “Send the application”.',
  'guide.nop-ho-so.step.code':
    'Note the application code on the “Application sent” page. Use it to track the application and when contacting the office.',
  'guide.nop-ho-so.safe': 'Nothing you typed is lost',
  'guide.nop-ho-so.safe.body':
    'The application is saved on the phone after every answer. You can close the app and carry on later, from “Unfinished applications”. If you are offline when sending, the application is kept and sent once the connection is back, exactly once.',
  'guide.nop-ho-so.action': 'Choose a procedure',

  'guide.tra-cuu.title': 'How to look up an application',
  'guide.tra-cuu.summary':
    'See which step an application has reached, whether documents are missing and when the result is due.',
  'guide.tra-cuu.mine': 'Applications you sent with the app',
  'guide.tra-cuu.mine.step.open':
    'On the home page, choose “My applications” and sign in with Zalo if asked.',
  'guide.tra-cuu.mine.step.pick':
    'Choose an application to see each step taken and the date the result is due.',
  'guide.tra-cuu.mine.step.act':
    'If documents are missing, do what the application page asks before the deadline it gives.',
  'guide.tra-cuu.code': 'Applications with a code (handed in at the office, or for someone else)',
  'guide.tra-cuu.code.step.open':
    'On the home page, choose “Look up an application”. No sign-in needed.',
  'guide.tra-cuu.code.step.type':
    'Type the code printed on the appointment slip. Lower case is fine, and dots and dashes can be left out.',
  'guide.tra-cuu.code.step.read':
    'Press “Look up” to see its status. This page shows the status only, nothing personal.',
  'guide.tra-cuu.action': 'Look up by application code',

  'guide.phan-anh.title': 'How to report a problem',
  'guide.phan-anh.summary':
    'Tell the authorities what is wrong where you live, with photos and the location, then follow their answer.',
  'guide.phan-anh.steps': 'Steps',
  'guide.phan-anh.step.open':
    'On the home page, choose “Report a problem” and sign in with Zalo if asked.',
  'guide.phan-anh.step.category':
    'Choose the kind of problem, for example a broken road, flooding, rubbish or street lights.',
  'guide.phan-anh.step.describe':
    'Write what the problem is, since when, and how it affects people.',
  'guide.phan-anh.step.photos':
    'Take or choose 1 to 5 photos. If a photo shows faces or number plates, cover them before sending.',
  'guide.phan-anh.step.place':
    'Use the phone’s current location, or choose the commune or ward and type the address.',
  'guide.phan-anh.step.choices':
    'Choose whether your name is shown if the report is published, check everything, then send.',
  'guide.phan-anh.after': 'After sending',
  'guide.phan-anh.after.mine':
    'Follow it in “My reports”: when the agency answers, read the answer and say whether the problem is solved.',
  'guide.phan-anh.after.offline':
    'If you are offline, the report and its photos are kept on the phone and sent once the connection is back.',
  'guide.phan-anh.after.public':
    'Answered reports may be published in “Answered reports”; your name shows only if you chose to show it.',
  'guide.phan-anh.action': 'Report a problem',

  'guide.trang-thai.title': 'What an application’s status means',
  'guide.trang-thai.summary':
    'Every application is always in one of the 10 statuses below. Colours only group them; the words give the meaning.',
  'guide.trang-thai.list': 'The statuses',
  'guide.trang-thai.act': 'When you need to act',
  'guide.trang-thai.act.supplement':
    '“More documents needed” and “Fees to pay”: the office is waiting for you; please act before the deadline given.',
  'guide.trang-thai.act.result':
    '“Result ready, waiting to be delivered”: collect the result the way you chose when applying, with the application code.',
  'guide.trang-thai.act.rate':
    '“Result delivered”: please rate how satisfied you are, so the office can serve people better.',
  'guide.trang-thai.action': 'See my applications',

  'guide.chu-to.title': 'How to make the text larger and easier to read',
  'guide.chu-to.summary':
    'The app’s text can be up to twice as large, and colours can be stronger to see better. The app remembers your choice.',
  'guide.chu-to.steps': 'Steps',
  'guide.chu-to.step.open': 'On the home page, choose “Settings”.',
  'guide.chu-to.step.size':
    'Under “Text size and colours”, choose the size easiest to read: 100 %, 125 %, 150 % or 200 %.',
  'guide.chu-to.step.contrast':
    'If the text is still hard to see, tick “High contrast” for stronger text and background colours.',
  'guide.chu-to.more': 'Good to know',
  'guide.chu-to.more.everywhere': 'The size you choose applies to every page, next time too.',
  'guide.chu-to.more.zoom':
    'You can still zoom into part of the screen with two fingers when you need a closer look.',
  'guide.chu-to.action': 'Open Settings',
};

export default en;
