// The error envelope every contract shares — `{ error: { code, message } }`, the message in
// Vietnamese from a catalogue — for answers the host gives itself (rate limits, unknown routes,
// bodies over the limit) before a contract's app sees the request.
import type { Context } from 'hono';

export const HOST_MESSAGES = {
  rate_limited:
    'Hệ thống đang nhận quá nhiều yêu cầu từ thiết bị này. Vui lòng đợi một lát rồi thử lại.',
  not_found: 'Không tìm thấy địa chỉ này. Vui lòng kiểm tra lại đường dẫn.',
  too_large: 'Dữ liệu gửi lên quá lớn. Vui lòng gửi tệp nhỏ hơn.',
  server: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  unavailable: 'Hệ thống đang tạm dừng để bảo trì. Vui lòng thử lại sau ít phút.',
} as const;

/**
 * A rate limit answers 429 with code `server`: every contract's clients know it (and retry
 * later, which is right), while the status and Retry-After say precisely what happened.
 */
export function rateLimited(c: Context, retryAfterMs: number) {
  c.header('retry-after', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  c.header('cache-control', 'no-store');
  return c.json({ error: { code: 'server', message: HOST_MESSAGES.rate_limited } }, 429);
}

export function hostError(
  c: Context,
  status: 404 | 413 | 500 | 503,
  code: 'not_found' | 'too_large' | 'server',
  message: string,
) {
  c.header('cache-control', 'no-store');
  return c.json({ error: { code, message } }, status);
}
