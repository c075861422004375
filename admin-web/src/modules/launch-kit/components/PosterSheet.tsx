import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shortLink, useQrCode } from '../hooks/useQrCode';
import classes from './PosterSheet.module.css';

export interface PosterSheetProps {
  companyName: string;
  property: { name: string; address: string; portalUrl: string; emergencyHotline: string };
}

/** One printed page for the lobby: who, where, a big QR code of the portal link, the link, the emergency line. */
export function PosterSheet({ companyName, property }: PosterSheetProps) {
  const { t } = useTranslation();
  const qr = useQrCode(property.portalUrl);
  const link = shortLink(property.portalUrl);
  return (
    <main className={classes.sheet} aria-labelledby="poster-title" data-testid="poster">
      <p className={classes.company}>{companyName}</p>
      <h1 className={classes.property} id="poster-title">
        {property.name}
      </h1>
      <p className={classes.headline}>{t('poster.headline')}</p>
      {qr.src ? (
        <img
          className={classes.qr}
          src={qr.src}
          alt={t('poster.qrAlt', { link })}
          data-testid="poster-qr"
          data-value={property.portalUrl}
        />
      ) : (
        <div className={classes.qrMissing} role={qr.failed ? 'alert' : undefined}>
          {qr.failed ? t('poster.qrFailed') : <Loader aria-label={t('common.loading')} />}
        </div>
      )}
      <p className={classes.scan}>{t('poster.scan')}</p>
      <p className={classes.link} data-testid="poster-link">
        {link}
      </p>
      <div className={classes.emergency}>
        {t('poster.emergency')}
        <strong data-testid="poster-hotline">{property.emergencyHotline}</strong>
      </div>
      <p className={classes.address}>{property.address}</p>
    </main>
  );
}
