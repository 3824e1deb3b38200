import { useI18n } from '../i18n/i18n';
import { formatNumber } from '../i18n/format';
import { chartGeometry, type Point } from './chart';

const W = 360;
const H = 180;

/** An SVG line chart of one indicator: the dashed target trajectory and the solid approved actuals, with a text table for screen readers. */
export const IndicatorChart = ({ name, trajectory, actual }: { name: string; trajectory: readonly Point[]; actual: readonly Point[] }) => {
  const { t } = useI18n();
  const g = chartGeometry(trajectory, actual, W, H);
  if (!g) return null;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chartTitle', { name })}>
        <line x1={36} y1={H - 36} x2={W - 36} y2={H - 36} className="axis" />
        {g.years.map((year) => (
          <text key={year} x={g.x(year)} y={H - 18} textAnchor="middle" className="tick">{year}</text>
        ))}
        <text x={4} y={g.y(g.max) + 4} className="tick">{formatNumber(g.max)}</text>
        <path d={g.trajectory} className="trajectory" />
        <path d={g.actual} className="actual" />
        {actual.map((p) => <circle key={`a${p.year}`} cx={g.x(p.year)} cy={g.y(p.value)} r={3.5} className="actual-dot" />)}
        {trajectory.map((p) => <circle key={`t${p.year}`} cx={g.x(p.year)} cy={g.y(p.value)} r={3} className="trajectory-dot" />)}
      </svg>
      <figcaption>
        <span className="legend trajectory-key">{t('chartTrajectory')}</span> <span className="legend actual-key">{t('chartActual')}</span>
      </figcaption>
    </figure>
  );
};
