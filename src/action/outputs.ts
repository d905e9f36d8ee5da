/** Every output the Action sets, as action.yml declares them; a test holds the two to the same set. */
export const OUTPUT_NAMES = ['findings', 'errors', 'warnings', 'notices', 'sarif-file', 'report'] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];
