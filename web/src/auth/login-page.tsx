import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session.tsx';
import { LanguageSelect } from '../app/language-select.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const { login, expired } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <main className="login" id="main">
      <form className="card login-form" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">
          {t('app.name')} — {t('auth.title')}
        </h1>
        <p className="muted">{t('app.title')}</p>
        {expired && (
          <p className="notice" role="status">
            {t('auth.expired')}
          </p>
        )}
        <label htmlFor="username">{t('auth.username')}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="password">{t('auth.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('auth.submitting') : t('auth.submit')}
        </button>
        <LanguageSelect />
      </form>
    </main>
  );
}
