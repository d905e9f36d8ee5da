import type { Line } from '../../core/text';

/**
 * The services of a compose file published on every interface of the host, each with the mapping that publishes it,
 * as written: `5432:5432`, `0.0.0.0:6379:6379`, a bare `"5432"` (which Docker maps to a random port of the host), the
 * long syntax's `published: 5432` without a `host_ip`, or `network_mode: host`, which puts every port of the service
 * on the host's own interfaces. Not a port bound to one address (`127.0.0.1:5432:5432`), nor one a variable sets
 * (`${DB_PORT}:5432`, `published: ${DB_PORT}`), which the deployment chooses. Docker's own firewall rules publish such
 * a port past the host's (ufw's), so a service's password there is one for whoever reaches the host. Worked out once
 * per file.
 */
export function publishedServices(lines: readonly Line[]): ReadonlyMap<string, string> {
  let found = memo.get(lines);
  if (found === undefined) memo.set(lines, (found = readPublished(lines)));
  return found;
}
const memo = new WeakMap<readonly Line[], ReadonlyMap<string, string>>();

function readPublished(lines: readonly Line[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  let inServices = false;
  let serviceIndent = -1;
  let service: string | null = null;
  let childIndent = -1;
  let portsIndent = -1;
  /** In the long syntax, the item being read: its published port, and whether it names a host address. */
  let item: { published: string | null; hostIp: boolean } | null = null;
  const publish = (mapping: string | null) => {
    if (mapping !== null && service !== null && !out.has(service)) out.set(service, mapping);
  };
  const endItem = () => {
    if (item !== null && item.published !== null && !item.hostIp) publish(`published: ${item.published}`);
    item = null;
  };
  for (const line of lines) {
    if (line.offset > 0) continue;
    const t = line.text;
    if (t.length > 1024) continue;
    const trimmed = t.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = t.length - trimmed.length;
    if (indent === 0 || (inServices && indent <= serviceIndent)) endItem();
    if (indent === 0) {
      inServices = /^services\s*:\s*(?:#.*)?$/.test(t);
      serviceIndent = -1;
      service = null;
      continue;
    }
    if (!inServices) continue;
    if (serviceIndent < 0) serviceIndent = indent;
    if (indent <= serviceIndent) {
      service = indent === serviceIndent ? serviceKey(trimmed) : null;
      childIndent = portsIndent = -1;
      continue;
    }
    if (service === null) continue;
    if (childIndent < 0) childIndent = indent;
    // YAML lets a list's items sit at their key's own indentation (`ports:` / `- "5432:5432"`).
    if (indent === childIndent && !(portsIndent === indent && trimmed.startsWith('- '))) {
      endItem();
      portsIndent = -1;
      if (/^network_mode\s*:\s*["']?host["']?\s*(?:#.*)?$/.test(trimmed)) publish('network_mode: host');
      else if (/^ports\s*:\s*(?:#.*)?$/.test(trimmed)) portsIndent = indent;
      else if (/^ports\s*:\s*\[/.test(trimmed)) {
        const close = trimmed.lastIndexOf(']');
        for (const p of trimmed.slice(trimmed.indexOf('[') + 1, close >= 0 ? close : undefined).split(',')) publish(shortToAll(p));
      }
      continue;
    }
    if (portsIndent < 0) continue;
    // An item of `ports:`: the short syntax on its line, or the first key of a long one.
    let rest = trimmed;
    if (rest.startsWith('- ')) {
      endItem();
      rest = rest.slice(2).trimStart();
      if (!/^[\w-]+\s*:\s/.test(rest) && !/^[\w-]+\s*:\s*$/.test(rest)) {
        publish(shortToAll(rest));
        continue;
      }
      item = { published: null, hostIp: false };
    }
    if (item === null) continue;
    const kv = /^([\w-]+)\s*:\s*["']?([^"'#\s]*)/.exec(rest);
    if (kv === null) continue;
    if (kv[1] === 'published' && PORT_RANGE.test(kv[2]!)) item.published = kv[2]!;
    else if (kv[1] === 'host_ip' && kv[2] !== '' && kv[2] !== '0.0.0.0' && kv[2] !== '::') item.hostIp = true;
  }
  endItem();
  return out;
}

const PORT_RANGE = /^\d{1,5}(?:-\d{1,5})?$/;

/** A service's key line (`  db:`, `  "db":`, `  db: &db`): its name. */
function serviceKey(trimmed: string): string | null {
  const m = /^["']?([\w.-]{1,100})["']?\s*:\s*(?:&[\w.-]{1,64}\s*)?(?:#.*)?$/.exec(trimmed);
  return m === null ? null : m[1]!;
}

/**
 * A port of the short syntax published on every interface, as written: `5432:5432`, `"8080-8081:80-81"`,
 * `0.0.0.0:6379:6379`, `[::]:80:80`, `5432` (a random port of the host), each with an optional `/tcp`. Not one
 * bound to an address (`127.0.0.1:5432:5432`), nor a variable (`${DB_PORT}:5432`), which the deployment sets.
 */
function shortToAll(raw: string): string | null {
  const v = raw.replace(/#.*$/, '').trim().replace(/^["']|["']$/g, '');
  if (/^(?:(?:0\.0\.0\.0|\[::\]):)?\d{1,5}(?:-\d{1,5})?(?::\d{1,5}(?:-\d{1,5})?)?(?:\/(?:tcp|udp|sctp))?$/.test(v)) return v;
  return null;
}
