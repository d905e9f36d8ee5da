import { describe, expect, it } from 'vitest';
import { envNameFor, keyKindFor, snake } from '../../src/fix/env-name';
import { isServiceCredential } from '../../src/rules/lib/service-credentials';
import { manualSteps } from '../../src/fix/manual-steps';

describe('the variable a setting is read from', () => {
  it.each([
    [{ name: 'SECRET_KEY' }, 'settings.py', 'SECRET_KEY'],
    [{ name: 'app.secret_key' }, 'app.py', 'SECRET_KEY'],
    [{ name: 'Rails.application.config.secret_key_base' }, 'config/initializers/x.rb', 'SECRET_KEY_BASE'],
    [{ name: 'jwtSecret' }, 'A.java', 'JWT_SECRET'],
    [{ name: 'jwt.secret' }, 'application.properties', 'JWT_SECRET'],
    // A service's credential under the service's name; an app's own key under an app or settings object.
    [{ name: 'minio.secretKey' }, 'application.yml', 'MINIO_SECRET_KEY'],
    [{ name: 'wx.app-secret' }, 'application.yml', 'WX_APP_SECRET'],
    [{ name: 'settings.SECRET_KEY' }, 'manage.py', 'SECRET_KEY'],
    [{ name: 'app.config.SECRET_KEY' }, 'app.py', 'SECRET_KEY'],
    [{ name: 'flask_app.secret_key' }, 'app.py', 'SECRET_KEY'],
    [{ name: 'server.secret_key' }, 'app.py', 'SECRET_KEY'],
    [{ name: 'api.secret_key' }, 'payments.py', 'API_SECRET_KEY'],
    [{ name: 'whatsapp.app_secret' }, 'bot.py', 'WHATSAPP_APP_SECRET'],
    [{ name: 'session_secret' }, 'app.rb', 'SESSION_SECRET'],
    [{ name: 'opts.secretOrKey' }, 'passport.js', 'JWT_SECRET'],
    [{ name: 'framework.secret' }, 'config/packages/framework.yaml', 'APP_SECRET'],
    [{ name: 'key' }, 'config/app.php', 'APP_KEY'],
    [{ name: 'secret' }, 'config/jwt.php', 'JWT_SECRET'],
    [{ name: 'jwt.sign', subject: '`jwt.sign()` key' }, 'auth.js', 'JWT_SECRET'],
    [{ name: 'cookieParser', subject: '`cookieParser()` secret' }, 'app.js', 'COOKIE_SECRET'],
    [{ name: 'secret', subject: '`secret` option of `session`' }, 'app.js', 'SESSION_SECRET'],
    [{ name: 'crypto.createHmac', subject: '`crypto.createHmac()` key' }, 'webhooks.js', 'HMAC_SECRET'],
    [{ name: 'hash_hmac', subject: '`hash_hmac()` key' }, 'Webhook.php', 'HMAC_SECRET'],
    [{ name: 'Fernet', subject: '`Fernet()` key' }, 'crypto.py', 'FERNET_KEY'],
  ])('%j in %s → %s', (o, path, want) => {
    expect(envNameFor(o, path)).toBe(want);
  });

  it('says nothing when no name follows', () => {
    expect(envNameFor({ name: 'x', subject: '`foo()` key' }, 'a.js')).toBeNull();
    expect(snake('secret-key')).toBe('SECRET_KEY');
  });

  it("tells a service's credential from an application's own key", () => {
    expect(isServiceCredential('STRIPE_SECRET_KEY', [])).toBe(true);
    expect(isServiceCredential('AWS_SECRET_ACCESS_KEY', [])).toBe(true);
    expect(isServiceCredential('ACME_STORE_SECRET_KEY', ['ACME_STORE_ACCESS_KEY'])).toBe(true);
    expect(isServiceCredential('ACME_STORE_SECRET_KEY', [])).toBe(false);
    expect(isServiceCredential('GITHUB_CLIENT_SECRET', [])).toBe(true);
    expect(isServiceCredential('FACEBOOK_APP_SECRET', ['FACEBOOK_APP_ID'])).toBe(true);
    expect(isServiceCredential('ALIYUN_ACCESS_KEY_SECRET', [])).toBe(true);
    expect(isServiceCredential('ACME_APP_SECRET', ['ACME_APP_ID'])).toBe(true);
    expect(isServiceCredential('AUTH0_SECRET', [])).toBe(false);
    for (const own of ['SECRET_KEY', 'APP_SECRET', 'DJANGO_SECRET_KEY', 'NEXTAUTH_SECRET', 'JWT_SECRET', 'SESSION_SECRET', 'AUTH_SECRET']) {
      expect(isServiceCredential(own, ['AWS_ACCESS_KEY_ID']), own).toBe(false);
    }
  });

  it("gives a key's manual steps in the file's language, its severity's reason left out, in linear time", () => {
    const base = { ruleId: 'hardcoded-secret-key', severity: 'notice' as const, fingerprint: 'f', status: 'tracked' as const, context: 'test' as const, line: 3, column: 9 };
    const message = '`jwtKey` is set to a hardcoded string literal. Read it from the environment or a secret store, then rotate it. (notice: test folder (`app/(auth)/`))';
    const steps = manualSteps({ ...base, path: 'app/(auth)/guard.go', message }, null, 'git');
    expect(steps[0]).toBe('app/(auth)/guard.go:3: Read it from the environment or a secret store, then rotate it.');
    expect(steps[1]).toContain('`os.Getenv("NAME")`');
    const started = performance.now();
    manualSteps({ ...base, path: `${'((x)'.repeat(40)}.go`, message: `${message.slice(0, -2)}${'((x)'.repeat(40)})` }, null, 'git');
    // Generous: a backtracking reading of such a path takes minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('picks the key format the framework expects', () => {
    expect(keyKindFor('SECRET_KEY_BASE', {})).toBe('rails');
    expect(keyKindFor('APP_KEY', {})).toBe('laravel');
    expect(keyKindFor('AIRFLOW__CORE__FERNET_KEY', { python: true })).toBe('fernet');
    expect(keyKindFor('JWT_SECRET', {})).toBe('jwt');
    expect(keyKindFor('JWT_SECRET', { spring: true })).toBe('base64');
    expect(keyKindFor('SECRET_KEY', { python: true, django: true })).toBe('django');
    expect(keyKindFor('SECRET_KEY', { python: true })).toBe('flask');
    expect(keyKindFor('SESSION_SECRET', {})).toBe('hex');
  });
});
