import type { MessageKey } from '../i18n/messages';

/** "Giai đoạn 2025–2030 (định hướng 2045)" or, for a one-year plan, "Năm 2026". */
export const periodLabel = (t: (key: MessageKey, vars?: Record<string, string | number>) => string, period: { from: number; to: number; orientationYear?: number | null }): string =>
  period.from === period.to
    ? t('planYear', { year: period.from })
    : `${t('planPeriod', { from: period.from, to: period.to })}${period.orientationYear ? ` ${t('planOrientation', { year: period.orientationYear })}` : ''}`;
