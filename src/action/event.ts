/** What the Action needs from the event payload, read defensively (payloads vary by event). */
export interface EventInfo {
  name: string;
  /** Set on pull_request and pull_request_target. */
  pull?: { number: number; baseSha: string; headSha?: string };
  /** Set on push: the commit before the push, unless the push created the branch. */
  pushBefore?: string;
}

export const PR_EVENTS = ['pull_request', 'pull_request_target'];

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ZERO = /^0+$/;

export function parseEvent(name: string, payload: unknown): EventInfo {
  const info: EventInfo = { name };
  const p = (payload ?? {}) as Record<string, any>;
  if (PR_EVENTS.includes(name)) {
    const pr = p.pull_request ?? {};
    const number = Number(pr.number ?? p.number);
    const baseSha = String(pr.base?.sha ?? '');
    if (Number.isSafeInteger(number) && number > 0 && SHA.test(baseSha)) {
      info.pull = { number, baseSha };
      const head = String(pr.head?.sha ?? '');
      if (SHA.test(head)) info.pull.headSha = head;
    }
  }
  if (name === 'push') {
    const before = String(p.before ?? '');
    if (SHA.test(before) && !ZERO.test(before)) info.pushBefore = before;
  }
  return info;
}
