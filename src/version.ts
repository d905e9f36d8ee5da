import pkg from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'leakproof';
export const VERSION: string = pkg.version;
export const HOMEPAGE = 'https://github.com/leakproof/leakproof';
