export type { RequireAuthProps } from './RequireAuth';
export { RequireAuth } from './RequireAuth';
