import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export interface QrCodeState {
  /** An SVG data URL: sharp at any print size. */
  src: string | null;
  failed: boolean;
}

/** The QR code of `text` as an image source (made in the browser; nothing leaves it). */
export function useQrCode(text: string | null): QrCodeState {
  const [state, setState] = useState<{ text: string; src: string | null; failed: boolean } | null>(null);

  useEffect(() => {
    if (!text) return;
    let cancelled = false;
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        if (!cancelled)
          setState({
            text,
            src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
            failed: false,
          });
      })
      .catch(() => {
        if (!cancelled) setState({ text, src: null, failed: true });
      });
    return () => {
      cancelled = true;
    };
  }, [text]);

  return state && state.text === text
    ? { src: state.src, failed: state.failed }
    : { src: null, failed: false };
}

/** The link as people type it: without "https://" and a trailing slash. */
export function shortLink(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
}
