export { loadConfig, parseConfig, CONFIG_NAMES } from './load';
export { ConfigError, CONFIG_KEYS, RULE_LEVELS, emptyConfig, validateConfig, type LeakproofConfig } from './schema';
export { scanOptionsFromConfig } from './options';
export { STARTER_CONFIG, writeStarterConfig } from './init';
