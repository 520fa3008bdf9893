// Structured JSON logs, one object per line, with personal data masked before anything is
// written: fields whose names say they are secret are dropped to a marker, and in every string
// what looks like a phone number, a CCCD/CMND number, a JWT, a bearer token or a Zalo one-time
// token is replaced. Masking is on the way out, so a careless call site cannot leak (Decree
// 13/2023 and Law 91/2025 treat phone and ID numbers as personal data).

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
type Fields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: Fields): void;
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
  /** A logger that adds these fields to every line. */
  child(fields: Fields): Logger;
}

export type LogSink = (line: string) => void;

const ORDER: Record<LogLevel | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

/** Field names whose values are never logged, whatever they hold. */
const SECRET_NAME =
  /(token|authorization|password|secret|cookie|phone|cccd|cmnd|idNumber|answers|description|comment|note|reason|name|address|latitude|longitude)/i;

const PATTERNS: readonly [RegExp, string][] = [
  // JWTs (our sessions) and anything after "Bearer".
  [/eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/g, '[jwt]'],
  [/Bearer\s+\S+/gi, 'Bearer [token]'],
  // Zalo-style and fake one-time tokens: long opaque strings with a dot or dash prefix.
  [/\b(?:fake-(?:at|phone|loc)|sim-[a-z]+)\.[\w-]+/g, '[token]'],
  // 12-digit CCCD, 9-digit CMND; phone numbers in +84 / 84 / 0 forms, with spaces or dots.
  [/(?<!\d)(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\d)/g, '[phone]'],
  [/(?<!\d)\d{12}(?!\d)/g, '[cccd]'],
  [/(?<!\d)\d{9}(?!\d)/g, '[id]'],
];

export function maskText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function mask(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return maskText(String(value));
  if (depth > 4) return '[…]';
  if (value instanceof Error) {
    // The class and code only: messages of foreign errors can quote input.
    const code = (value as { code?: unknown }).code;
    return { error: value.name, ...(typeof code === 'string' ? { code: maskText(code) } : {}) };
  }
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => mask(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SECRET_NAME.test(key) ? '[masked]' : mask(v, depth + 1);
    }
    return out;
  }
  return '[unloggable]';
}

export function createLogger(
  options: {
    level?: LogLevel | 'silent';
    sink?: LogSink;
    now?: () => number;
    fields?: Fields;
  } = {},
): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const sink = options.sink ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? Date.now;
  const base = options.fields ?? {};

  const write = (level: LogLevel, event: string, fields: Fields = {}) => {
    if (ORDER[level] < threshold) return;
    const record = mask({ ...base, ...fields }) as Record<string, unknown>;
    sink(
      JSON.stringify({
        time: new Date(now()).toISOString(),
        level,
        event: maskText(event),
        ...record,
      }),
    );
  };
  return {
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}
