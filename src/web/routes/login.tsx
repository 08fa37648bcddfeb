import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useLogin, useSession } from '../api/hooks';
import { Alert, Button, FormField, PageTitle, StatusBadge, describedBy } from '../components/ui';
import { useI18n } from '../i18n';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = params.get('terug');
  const target = back && back.startsWith('/') && !back.startsWith('//') ? back : '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});

  if (session.data) return <Navigate to={target} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!email.trim()) next.email = t('login.emailRequired');
    if (!password) next.password = t('login.passwordRequired');
    setErrors(next);
    if (next.email || next.password) return;
    login.mutate(
      { email, password },
      {
        onSuccess: () => navigate(target, { replace: true }),
        onError: (err) => {
          if (err instanceof ApiError) {
            const fe = err.fieldErrors();
            setErrors({ email: fe.email, password: fe.password, form: fe.email || fe.password ? undefined : err.detail || err.title });
          } else setErrors({ form: String(err) });
        },
      },
    );
  };

  return (
    <div className="koers-login">
      <div className="koers-card koers-login__card">
        <PageTitle title={t('login.title')}>{t('login.title')}</PageTitle>
        <p className="utrecht-paragraph">{t('login.intro')}</p>
        {errors.form ? (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">{errors.form}</p>
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate className="utrecht-form">
          <FormField id="email" label={t('login.email')} error={errors.email}>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              className={`utrecht-textbox utrecht-textbox--html-input ${errors.email ? 'utrecht-textbox--invalid' : ''}`}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy('email', { error: !!errors.email })}
            />
          </FormField>
          <FormField id="password" label={t('login.password')} error={errors.password}>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              className={`utrecht-textbox utrecht-textbox--html-input ${errors.password ? 'utrecht-textbox--invalid' : ''}`}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={describedBy('password', { error: !!errors.password })}
            />
          </FormField>
          <Button type="submit" appearance="primary" disabled={login.isPending}>
            {login.isPending ? t('login.busy') : t('login.submit')}
          </Button>
        </form>
      </div>
      <aside className="koers-card koers-login__demo" aria-labelledby="demo-title">
        <h2 className="utrecht-heading-3" id="demo-title">
          {t('login.demoTitle')} <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge>
        </h2>
        <p className="utrecht-paragraph">{t('login.demoText')}</p>
      </aside>
    </div>
  );
}
