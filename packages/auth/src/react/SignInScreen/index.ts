export type { SignInScreenProps } from './SignInScreen';
export { SignInScreen } from './SignInScreen';
