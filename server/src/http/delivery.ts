// How responses leave the server: compressed, cached where that is safe, and with the headers that keep
// a browser from running, framing or sniffing what it should not (CSP, nosniff, referrer, no-store).
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import compress from '@fastify/compress';

/**
 * The page may run only its own scripts (no inline handlers, no eval) and talk only to its own origin;
 * nobody may frame it. antd writes its CSS-in-JS into <style> elements, hence 'unsafe-inline' for styles
 * only; images may be data: URLs (QR codes, charts exported to PNG).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Hashed build output (web/dist/assets/*-<hash>.js): its name changes when its content does. */
export function isHashedAsset(filePath: string): boolean {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)(\.br|\.gz)?$/.test(filePath);
}

export function staticCacheControl(filePath: string): string {
  return isHashedAsset(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Whether the request reached us over HTTPS (directly, or from a proxy we trust to say so). */
export function overHttps(req: { protocol: string }): boolean {
  return req.protocol === 'https';
}

export async function installDelivery(app: FastifyInstance): Promise<void> {
  // Dynamic responses (JSON, XLSX) compressed on the fly at a fast brotli level; the web app's files are
  // compressed once at build time (scripts/ensure-web-build.mjs) and served precompressed.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    // API answers may carry personal data: never kept by a browser or a proxy.
    if (req.url.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
