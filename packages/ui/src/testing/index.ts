// @govmini/ui/testing — shared checks for story-level accessibility tests in Chromium.
export * from './story-checks';
