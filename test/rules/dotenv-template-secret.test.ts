import { describe, expect, it } from 'vitest';
import { check, ruleTester } from '../helpers/rule-tester';
import { dotenvTemplateSecret } from '../../src/rules/dotenv-template-secret';

ruleTester(dotenvTemplateSecret, {
  flagged: [
    { file: '.env.example', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12', secret: 'sk_live_51H8xQeLkdIwHu7ixAbCdEf12' },
    { file: '.env.sample', text: 'GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a', secret: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a' },
    { file: '.env.template', text: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPL3', secret: 'AKIAIOSFODNN7EXAMPL3' },
    { file: '.env.dist', text: 'APP_SECRET="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"', secret: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b' },
    { file: '.env.defaults', text: "SECRET_KEY='k#9vX!2mQz@7LpW4rT8yB1nC6dF3gH5j'", secret: 'k#9vX!2mQz@7LpW4rT8yB1nC6dF3gH5j' },
    { file: 'prod.env.example', text: '# comment\nexport JWT_SECRET=Zx8kQ2mN7pL4vR9tW3yB6cD1aa', secret: 'Zx8kQ2mN7pL4vR9tW3yB6cD1aa', line: 2 },
    { file: 'config/.env.production.sample', text: 'APP_KEY=base64:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU2Nzg5', secret: 'base64:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU2Nzg5' },
    { file: '.env.example', text: 'SLACK_TOKEN=xoxb-123456789012-abcdefghijkl', secret: 'xoxb-123456789012-abcdefghijkl' },
    { file: '.env.example', text: 'DATABASE_URL=postgres://app:Zx8kQ2mN7pL4vR9tW3yB6@db.internal/app' },
  ],
  clean: [
    { file: '.env.example', text: 'SECRET_KEY=' },
    { file: '.env.example', text: 'SECRET_KEY=""' },
    { file: '.env.example', text: 'SECRET_KEY=change-me' },
    { file: '.env.example', text: 'SECRET_KEY=your-secret-key-here' },
    { file: '.env.example', text: 'STRIPE_SECRET_KEY=sk_live_xxx' },
    { file: '.env.example', text: 'JWT_SECRET=<generate with openssl rand -hex 32>' },
    { file: '.env.example', text: 'API_TOKEN=${API_TOKEN}' },
    { file: '.env.example', text: 'DATABASE_URL=postgres://user:password@localhost/app' },
    { file: '.env.example', text: 'APP_URL=https://example.com/some/long/path/here' },
    { file: '.env.example', text: 'PORT=3000\nDEBUG=true\nLOG_LEVEL=info' },
    { file: '.env.example', text: '# SECRET_KEY=Zx8kQ2mN7pL4vR9tW3yB6cD1aa' },
    { file: '.env.sample', text: 'SECRET_KEY=replace-with-a-long-random-string' },
    // Not a template: the dotenv-file rule covers real dotenv files.
    { file: '.env', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12' },
    { file: 'README.md', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12' },
    { file: '.env.example', text: 'STRIPE_SECRET_KEY=sk_live_51H8xQeLkdIwHu7ixAbCdEf12', status: 'ignored' },
  ],
});

describe('dotenv-template-secret: position and message', () => {
  it('points at the value and names the key, not the value', () => {
    const [f] = check(dotenvTemplateSecret, { file: '.env.example', text: 'PORT=1\n  JWT_SECRET="Zx8kQ2mN7pL4vR9tW3yB6cD1aa" # real' });
    expect(f).toMatchObject({ line: 2, column: 15, endColumn: 41, key: 'JWT_SECRET' });
    expect(f!.message).toContain('JWT_SECRET');
    expect(f!.message).not.toContain('Zx8k');
  });
});
