// What the reference server's dev launcher (apps/server/src/dev/main.ts) seeds for the sample
// when scripts/start-sample.sh passes this file as GOVMINI_DEV_SEED: the citizens the simulated
// Zalo plays, and the feedback categories the app offers (so every report it sends names a
// category the server has). Node loads it directly, hence the `.ts` extensions.
export { sampleCategories as categories } from '../feedback/categories.ts';
export { simulatedCitizens as citizens } from './simulated-citizens.ts';
