import type { ValueSource } from '@/utils/setup/session';

export function describeSource(source: ValueSource): string {
  const when = (at: string) => {
    const d = new Date(at);
    return Number.isNaN(d.getTime()) ? at : d.toLocaleString();
  };
  switch (source.kind) {
    case 'page':
      return `Read from ${source.portal === 'entra' ? 'Entra' : 'JustCall'} (${pageName(source.url)}) at ${when(source.at)}`;
    case 'default':
      return source.note;
    case 'metadata':
      return `From Entra's federation metadata at ${when(source.at)}`;
    case 'file':
      return `From the file ${source.name} at ${when(source.at)}`;
  }
}

function pageName(url: string): string {
  try {
    const u = new URL(url);
    return u.host + (u.hash ? u.hash.slice(0, 60) : u.pathname);
  } catch {
    return url.slice(0, 80);
  }
}
