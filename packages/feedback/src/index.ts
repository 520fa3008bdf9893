// @govmini/feedback — citizen reports (phản ánh, kiến nghị) with public answers. Everything
// without React is also at `@govmini/feedback/core`; the Open311 GeoReport v2 adapter at
// `/open311`; the Hono routes at `/server`; the memory backend, the conformance suite and a
// GeoReport v2 test server at `/testing`.
export * from './core/index';
export * from './react/index';
