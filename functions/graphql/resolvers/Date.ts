import { isIsoDate } from '../../domain/common/validate';
import { stringScalar } from '../scalar';

export const Date = stringScalar('Date', 'A calendar date, YYYY-MM-DD, in Asia/Ho_Chi_Minh.', isIsoDate, 'a date YYYY-MM-DD');
