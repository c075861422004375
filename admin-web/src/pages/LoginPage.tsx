import { LoginView } from '../modules/auth/views/LoginView';

export function LoginPage() {
  return <LoginView />;
}
