import { describe, expect, it } from 'vitest';
import { evaluateCriteria } from '../../../functions/domain/ecosystem/criteria';
import { anniversary, eligibility, eligibleUntil } from '../../../functions/domain/ecosystem/eligibility';
import { checkEnterpriseCode } from '../../../functions/domain/ecosystem/enterprise-code';
import { mentorshipGaps } from '../../../functions/domain/ecosystem/gaps';
import { suggestMentors, type MentorFacts } from '../../../functions/domain/ecosystem/matching';
import { checkMoney, compareMoney, sumMoney } from '../../../functions/domain/ecosystem/money';
import { isWomenLed } from '../../../functions/domain/ecosystem/model';

describe('eligibility: at most 5 years from first registration (Civil Code art. 147–148)', () => {
  it('a startup first registered on 2021-01-15 is eligible through 2026-01-15 and not on 2026-01-16', () => {
    // Prepare
    const startup = { stage: 'STARTUP' as const, firstRegisteredOn: '2021-01-15' };
    // Act
    const before = eligibility(startup, '2026-01-14');
    const last = eligibility(startup, '2026-01-15');
    const after = eligibility(startup, '2026-01-16');
    // Assess
    expect(before).toMatchObject({ eligible: true, until: '2026-01-15' });
    expect(last.eligible).toBe(true);
    expect(after).toMatchObject({ eligible: false, until: '2026-01-15' });
    expect(after.reason).toContain('More than 5 years');
  });

  it('a 29 February registration ends on the last day of February', () => {
    expect(eligibleUntil('2024-02-29')).toBe('2029-02-28');
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('is not eligible before registration, as a project, inactive or graduated', () => {
    expect(eligibility({ stage: 'STARTUP', firstRegisteredOn: '2025-06-01' }, '2025-05-31').eligible).toBe(false);
    expect(eligibility({ stage: 'STARTUP', firstRegisteredOn: '2025-06-01' }, '2025-06-01').eligible).toBe(true);
    expect(eligibility({ stage: 'PROJECT', firstRegisteredOn: null }, '2026-01-01')).toMatchObject({ eligible: false, until: null });
    expect(eligibility({ stage: 'INACTIVE', firstRegisteredOn: '2025-01-01' }, '2026-01-01').eligible).toBe(false);
    expect(eligibility({ stage: 'GRADUATED', firstRegisteredOn: '2025-01-01' }, '2026-01-01').eligible).toBe(false);
    expect(eligibility({ stage: 'SCALEUP', firstRegisteredOn: '2025-01-01' }, '2026-01-01').eligible).toBe(true);
  });
});

describe('enterprise code', () => {
  it('takes 10 digits, or 13 for a branch, and normalises the branch form', () => {
    expect(checkEnterpriseCode('4800123456')).toEqual({ ok: true, code: '4800123456', branch: false });
    expect(checkEnterpriseCode(' 4800123456-001 ')).toEqual({ ok: true, code: '4800123456-001', branch: true });
    expect(checkEnterpriseCode('4800123456001')).toEqual({ ok: true, code: '4800123456-001', branch: true });
  });

  it('refuses other shapes', () => {
    for (const bad of ['480012345', '48001234567', '4800123456-01', 'ABCDEFGHIJ', '0000000000', '4800123456-000', '']) {
      expect(checkEnterpriseCode(bad).ok).toBe(false);
    }
  });
});

describe('incubator criteria', () => {
  it('meets all three with reasons', () => {
    const result = evaluateCriteria({ headExperienceYears: 3, headExperienceField: 'INVESTMENT', hasSupportProcess: true, cooperationAgreements: ['Đại học Thái Nguyên'] });
    expect(result.met).toBe(true);
    expect(result.reasons).toHaveLength(3);
    expect(result.unmet).toEqual([]);
  });

  it('names each criterion not met', () => {
    const short = evaluateCriteria({ headExperienceYears: 0.5, headExperienceField: 'FINANCE', hasSupportProcess: false, cooperationAgreements: [] });
    expect(short.met).toBe(false);
    expect(short.unmet).toEqual([1, 2, 3]);
    expect(short.reasons[0]).toContain('at least 1');
    const wrongField = evaluateCriteria({ headExperienceYears: 10, headExperienceField: 'OTHER', hasSupportProcess: true, cooperationAgreements: ['x'] });
    expect(wrongField.unmet).toEqual([1]);
  });
});

describe('mentor suggestions', () => {
  const mentor = (id: string, over: Partial<MentorFacts> = {}): MentorFacts => ({
    id, name: id, sectors: [], expertise: [], capacity: 2, active: 0, available: true, totTrained: false, ...over,
  });

  it('ranks by shared sectors, then expertise, then free capacity, and leaves out the full, unavailable and current', () => {
    // Prepare
    const startup = { sectors: ['HIGH_TECH_AGRICULTURE', 'OCOP_PRODUCTS'], needs: ['Thương mại điện tử cho sản phẩm OCOP', 'xây dựng thương hiệu'], mentorIds: ['current'] };
    const mentors = [
      mentor('expertise', { expertise: ['Thương mại điện tử'] }),
      mentor('sector', { sectors: ['OCOP_PRODUCTS'] }),
      mentor('both', { sectors: ['HIGH_TECH_AGRICULTURE'], expertise: ['Xây dựng thương hiệu'], totTrained: true }),
      mentor('busy', { sectors: ['OCOP_PRODUCTS'], active: 1 }),
      mentor('full', { sectors: ['OCOP_PRODUCTS', 'HIGH_TECH_AGRICULTURE'], active: 2 }),
      mentor('away', { sectors: ['OCOP_PRODUCTS'], available: false }),
      mentor('current', { sectors: ['OCOP_PRODUCTS'] }),
    ];
    // Act
    const ranked = suggestMentors(startup, mentors);
    // Assess
    expect(ranked.map((s) => s.mentorId)).toEqual(['both', 'sector', 'busy', 'expertise']);
    expect(ranked[0]!.reasons).toContain('Expertise matches: Xây dựng thương hiệu');
    expect(ranked[0]!.score).toBe(3 + 2 + 1 + 0.5);
    expect(ranked[2]!.freePlaces).toBe(1);
  });
});

describe('mentorship gaps (Bắc Ninh 3.2)', () => {
  it('lists a startup in incubation with no mentorship covering the day', () => {
    const gaps = mentorshipGaps(
      [
        { startupId: 'a', incubations: [{ id: 'i1', from: '2026-01-01', to: null }], mentorships: [{ from: '2026-01-01', to: '2026-03-31', active: false }] },
        { startupId: 'b', incubations: [{ id: 'i2', from: '2026-01-01', to: null }], mentorships: [{ from: '2026-02-01', to: null, active: true }] },
        { startupId: 'c', incubations: [{ id: 'i3', from: '2025-01-01', to: '2025-12-31' }], mentorships: [] },
      ],
      '2026-06-30',
    );
    expect(gaps).toEqual([{ startupId: 'a', incubationId: 'i1', since: '2026-04-01' }]);
  });
});

describe('money', () => {
  it('keeps VND amounts past 2^53 exact and whole', () => {
    const a = checkMoney('9007199254740993', 'VND');
    expect(a).toEqual({ ok: true, money: { amount: '9007199254740993', currency: 'VND' } });
    expect(sumMoney([{ amount: '9007199254740993', currency: 'VND' }, { amount: '7', currency: 'VND' }])).toEqual({ amount: '9007199254741000', currency: 'VND' });
    expect(checkMoney('100.5', 'VND').ok).toBe(false);
    expect(checkMoney('-1', 'VND').ok).toBe(false);
    expect(checkMoney('0150000000', 'VND')).toEqual({ ok: true, money: { amount: '150000000', currency: 'VND' } });
    expect(checkMoney('12.5', 'USD')).toEqual({ ok: true, money: { amount: '12.50', currency: 'USD' } });
    expect(compareMoney({ amount: '500000000', currency: 'VND' }, { amount: '2000000000', currency: 'VND' })).toBe(-1);
  });
});

describe('women-led', () => {
  it('is at least half of the founders', () => {
    const f = (woman: boolean) => ({ name: 'x', role: null, woman, youth: false, phone: null, email: null });
    expect(isWomenLed([f(true), f(false)])).toBe(true);
    expect(isWomenLed([f(true), f(false), f(false)])).toBe(false);
    expect(isWomenLed([])).toBe(false);
  });
});

describe('registry counts', () => {
  const startup = (id: string, firstRegisteredOn: string, extra: Partial<import('../../../functions/domain/ecosystem/model').StartupData> = {}) => ({
    id,
    data: {
      name: id, nameKey: id, demo: false, enterpriseCode: null, stage: 'STARTUP' as const, firstRegisteredOn, description: null, sectors: [], commune: null,
      founders: [], products: [], intellectualProperty: [], awards: [], ...extra,
    },
  });

  it('counts innovative startups as of a day, and products per year, with the records counted', async () => {
    const { countRegistry, yearlyCounts } = await import('../../../functions/domain/ecosystem/counts');
    const registry = {
      startups: [
        startup('a', '2021-01-15', { products: [{ name: 'P1', description: null, commercialisedOn: '2025-03-01' }, { name: 'P2', description: null, commercialisedOn: null }] }),
        startup('b', '2024-06-01', { products: [{ name: 'P3', description: null, commercialisedOn: '2026-02-01' }] }),
      ],
      incubators: [],
      grants: [],
      events: [],
    };
    expect(countRegistry('INNOVATIVE_STARTUPS', registry, { from: null, to: '2026-01-14' }).map((c) => c.id)).toEqual(['a', 'b']);
    expect(countRegistry('INNOVATIVE_STARTUPS', registry, { from: null, to: '2026-01-16' }).map((c) => c.id)).toEqual(['b']);
    expect(yearlyCounts('COMMERCIALISED_PRODUCTS', registry, 'FLOW', 2024, '2026-06-30')).toEqual([
      { periodYear: 2024, periodEnd: '2024-12-31', value: 0 },
      { periodYear: 2025, periodEnd: '2025-12-31', value: 1 },
      { periodYear: 2026, periodEnd: '2026-06-30', value: 1 },
    ]);
    expect(yearlyCounts('COMMERCIALISED_PRODUCTS', registry, 'STOCK', 2026, '2026-06-30')).toEqual([{ periodYear: 2026, periodEnd: '2026-06-30', value: 2 }]);
  });
});
