import type { Line } from '../../core/text';

/**
 * The port mapping by which a compose file's service `name` is published on every interface of the host, as written
 * (`5432:5432`, `0.0.0.0:6379:6379`, a bare `"5432"`, which Docker maps to a random port of the host, or the long
 * syntax's `published: 5432` without a `host_ip`); null when the file has no such service or publishes it on one
 * address only (`127.0.0.1:5432:5432`) or not at all. Docker's own firewall rules publish such a port past the
 * host's (ufw's), so a service's password there is one for whoever reaches the host.
 */
export function publishedToAll(lines: readonly Line[], name: string): string | null {
  let inServices = false;
  let serviceIndent = -1;
  let inService = false;
  let portsIndent = -1;
  /** In the long syntax, the item being read: its published port, and whether it names a host address. */
  let item: { published: string | null; hostIp: boolean } | null = null;
  const endItem = (): string | null => {
    const found = item !== null && item.published !== null && !item.hostIp ? `published: ${item.published}` : null;
    item = null;
    return found;
  };
  for (const line of lines) {
    if (line.offset > 0) continue;
    const t = line.text;
    const trimmed = t.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = t.length - trimmed.length;
    if (indent === 0) {
      if (inService && portsIndent >= 0) {
        const found = endItem();
        if (found !== null) return found;
      }
      inServices = /^services\s*:\s*$/.test(t);
      serviceIndent = -1;
      inService = false;
      portsIndent = -1;
      continue;
    }
    if (!inServices) continue;
    if (serviceIndent < 0) serviceIndent = indent;
    if (indent <= serviceIndent) {
      if (inService && portsIndent >= 0) {
        const found = endItem();
        if (found !== null) return found;
      }
      inService = indent === serviceIndent && serviceKey(trimmed) === name;
      portsIndent = -1;
      continue;
    }
    if (!inService) continue;
    if (portsIndent >= 0 && indent <= portsIndent && !(indent === portsIndent && trimmed.startsWith('- '))) {
      const found = endItem();
      if (found !== null) return found;
      portsIndent = -1;
    }
    if (portsIndent < 0) {
      if (/^ports\s*:\s*(?:#.*)?$/.test(trimmed)) portsIndent = indent;
      else if (/^ports\s*:\s*\[/.test(trimmed)) {
        for (const p of trimmed.slice(trimmed.indexOf('[') + 1, trimmed.lastIndexOf(']') >= 0 ? trimmed.lastIndexOf(']') : undefined).split(',')) {
          const short = shortToAll(p);
          if (short !== null) return short;
        }
      }
      continue;
    }
    // An item of `ports:`: the short syntax on its line, or the first key of a long one.
    let rest = trimmed;
    if (rest.startsWith('- ')) {
      const found = endItem();
      if (found !== null) return found;
      rest = rest.slice(2).trimStart();
      const short = /^[\w.:"'[\]/-]+\s*(?:#.*)?$/.test(rest) && !/^\w+\s*:\s/.test(rest) ? shortToAll(rest) : null;
      if (short !== null) return short;
      if (!/^[\w-]+\s*:/.test(rest) || /^["']?[\d.[\]:]+/.test(rest)) continue;
      item = { published: null, hostIp: false };
    }
    if (item === null) continue;
    const kv = /^([\w-]+)\s*:\s*["']?([^"'#\s]*)/.exec(rest);
    if (kv === null) continue;
    if (kv[1] === 'published' && kv[2] !== '') item.published = kv[2]!;
    else if (kv[1] === 'host_ip' && kv[2] !== '' && kv[2] !== '0.0.0.0' && kv[2] !== '::') item.hostIp = true;
  }
  return inService && portsIndent >= 0 ? endItem() : null;
}

/** A service's key line (`  db:`, `  "db":`): its name. */
function serviceKey(trimmed: string): string | null {
  const m = /^["']?([\w.-]{1,100})["']?\s*:\s*(?:#.*)?$/.exec(trimmed);
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
