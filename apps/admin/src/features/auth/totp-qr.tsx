'use client';

import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** The otpauth:// URL as a QR code image, rendered in the browser (the secret never leaves it). */
export function TotpQr({ otpauthUrl }: { otpauthUrl: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(otpauthUrl, { margin: 1, width: 200, errorCorrectionLevel: 'M' })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [otpauthUrl]);
  if (!src) return <div className="h-[200px] w-[200px] animate-pulse rounded-md bg-slate-100" aria-hidden="true" />;
  // A data URL generated on the client: next/image has nothing to optimise here.
  return (
    <img
      src={src}
      width={200}
      height={200}
      alt="QR code to add CasinoX Admin to your authenticator app"
      className="rounded-md border border-slate-200"
    />
  );
}
