import { jurisdictionInfo, type JurisdictionInfo } from '../domain/jurisdiction/provinces';

/** Every record's jurisdiction code is one of the known ones; an unknown code still resolves by code. */
export const jurisdictionOf = (code: string): JurisdictionInfo =>
  jurisdictionInfo(code) ?? { code, name: code, kind: 'PROVINCE' };
