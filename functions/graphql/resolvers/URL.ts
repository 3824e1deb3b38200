import { checkUrl } from '../../domain/common/validate';
import { stringScalar } from '../scalar';

export const URL = stringScalar('URL', 'An absolute http(s) URL.', (v) => v.length <= 2000 && checkUrl(v, []).length === 0, 'an http(s) URL');
