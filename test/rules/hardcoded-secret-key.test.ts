import { ruleTester } from '../helpers/rule-tester';
import { hardcodedSecretKey } from '../../src/rules/hardcoded-secret-key';

ruleTester(hardcodedSecretKey, {
  flagged: [
    { file: 'settings.py', text: "SECRET_KEY = 'django-insecure-abc123xyz'", secret: 'django-insecure-abc123xyz' },
    { file: 'app.py', text: "app.config['SECRET_KEY'] = 'hello-world-secret'", secret: 'hello-world-secret' },
  ],
  clean: [
    { file: 'settings.py', text: "SECRET_KEY = os.environ['SECRET_KEY']" },
    { file: 'settings.py', text: 'SECRET_KEY = get_random_secret_key()' },
  ],
});
