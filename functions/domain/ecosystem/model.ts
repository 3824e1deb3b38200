/**
 * The ecosystem registry as plain data (DESIGN.md §3): what the services store for
 * startups, mentors, incubators, investors, competitions, events and support grants,
 * and the links between them. No I/O.
 */
import type { IsoDate } from '../plan/model';
import type { ExperienceField } from './criteria';
import type { StartupStage } from './eligibility';
import type { Money } from './money';

export type { StartupStage } from './eligibility';

/** The plans' priority sectors (Cao Bằng 5.2, Bắc Ninh's orientation), plus OTHER. */
export const SECTORS = [
  'HIGH_TECH_AGRICULTURE',
  'AGRO_PROCESSING',
  'TOURISM',
  'MEDICINAL_HERBS',
  'OCOP_PRODUCTS',
  'BORDER_ECONOMY',
  'DIGITAL_TRANSFORMATION',
  'GREEN_CIRCULAR_ECONOMY',
  'ELECTRONICS_SEMICONDUCTORS',
  'OTHER',
] as const;
export type Sector = (typeof SECTORS)[number];

export type IncubatorKind = 'INCUBATOR' | 'ACCELERATOR' | 'INNOVATION_CENTRE' | 'COWORKING' | 'OPEN_LAB' | 'UNIVERSITY_SPACE';
export type RecognitionLevel = 'NONE' | 'PROVINCIAL' | 'NATIONAL' | 'INTERNATIONAL';
export type InvestorKind = 'ANGEL' | 'VENTURE_FUND' | 'CORPORATE_VENTURE' | 'PUBLIC_FUND' | 'DONOR';
export type EventKind = 'FESTIVAL' | 'CONFERENCE' | 'WORKSHOP' | 'TRAINING' | 'STUDY_TOUR';
export type IpKind = 'PATENT' | 'UTILITY_SOLUTION';
export type MentorshipStatus = 'ACTIVE' | 'ENDED';
export type CompetitionPhaseKind = 'PLANNING' | 'APPLICATIONS' | 'SUPPORT' | 'JUDGING' | 'AWARDS';
export type ApplicationStatus = 'SUBMITTED' | 'SHORTLISTED' | 'AWARDED' | 'NOT_SELECTED';
/** Where support money comes from; PROVINCIAL_BUDGET is what "hỗ trợ từ ngân sách của tỉnh" counts. */
export type GrantSource = 'PROVINCIAL_BUDGET' | 'CENTRAL_BUDGET' | 'DONOR' | 'OTHER';

/** Personal data: present on the record, resolved only for the jurisdiction's admins. */
interface Contact {
  readonly phone: string | null;
  readonly email: string | null;
}

export interface Founder extends Contact {
  readonly name: string;
  readonly role: string | null;
  readonly woman: boolean;
  /** Under 35 when the startup was founded (thanh niên). */
  readonly youth: boolean;
}

export interface Product {
  readonly name: string;
  readonly description: string | null;
  /** The day it went on sale (thương mại hóa); null while not yet. */
  readonly commercialisedOn: IsoDate | null;
}

export interface IntellectualProperty {
  readonly kind: IpKind;
  readonly title: string;
  readonly number: string | null;
  readonly filedOn: IsoDate | null;
  readonly grantedOn: IsoDate | null;
}

export interface ExternalAward {
  readonly title: string;
  readonly awardedBy: string | null;
  readonly awardedOn: IsoDate;
}

/** Fields every registry record has. */
export interface RegistryData {
  readonly name: string;
  /** Folded name: the sort key and what search compares on. */
  readonly nameKey: string;
  /** Demo data loaded by `npm start`, not a real record. */
  readonly demo: boolean;
}

export interface StartupData extends RegistryData {
  readonly enterpriseCode: string | null;
  readonly stage: StartupStage;
  readonly firstRegisteredOn: IsoDate | null;
  readonly description: string | null;
  readonly sectors: readonly Sector[];
  readonly commune: string | null;
  readonly founders: readonly Founder[];
  readonly products: readonly Product[];
  readonly intellectualProperty: readonly IntellectualProperty[];
  readonly awards: readonly ExternalAward[];
}

export interface MentorData extends RegistryData, Contact {
  readonly title: string | null;
  readonly expertise: readonly string[];
  readonly sectors: readonly Sector[];
  readonly organisation: string | null;
  readonly totTrained: boolean;
  readonly capacity: number;
  readonly available: boolean;
  readonly availabilityNote: string | null;
}

export interface MentorshipData {
  readonly startupId: string;
  readonly mentorId: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly status: MentorshipStatus;
  /** The capacity slot of the mentor it occupies while ACTIVE. */
  readonly slot: number;
  readonly note: string | null;
}

export interface IncubatorData extends RegistryData {
  readonly kind: IncubatorKind;
  readonly host: string | null;
  readonly recognitionLevel: RecognitionLevel;
  readonly recognisedOn: IsoDate | null;
  readonly establishedOn: IsoDate | null;
  readonly services: readonly string[];
  readonly headExperienceYears: number | null;
  readonly headExperienceField: ExperienceField | null;
  readonly hasSupportProcess: boolean;
  readonly cooperationAgreements: readonly string[];
}

export interface IncubationData {
  readonly startupId: string;
  readonly incubatorId: string;
  readonly cohort: string | null;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface InvestorData extends RegistryData {
  readonly kind: InvestorKind;
  readonly focusSectors: readonly Sector[];
  readonly ticketMin: Money | null;
  readonly ticketMax: Money | null;
  readonly organisation: string | null;
}

export interface InvestmentData {
  readonly startupId: string;
  readonly investorId: string;
  readonly round: string;
  readonly amount: Money;
  readonly date: IsoDate;
}

export interface CompetitionPhase {
  readonly kind: CompetitionPhaseKind;
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** As the plan writes it ("Từ tháng 01 - 03, năm 2027"). */
  readonly text: string | null;
}

export interface CompetitionData extends RegistryData {
  readonly description: string | null;
  readonly organiserIds: readonly string[];
  readonly taskId: string | null;
  readonly phases: readonly CompetitionPhase[];
  readonly shortlistSize: number | null;
}

interface CompetitionAward {
  readonly rank: number;
  readonly title: string;
  readonly prize: Money | null;
  readonly awardedOn: IsoDate;
}

export interface ApplicationData {
  readonly competitionId: string;
  readonly startupId: string;
  readonly projectName: string;
  readonly submittedOn: IsoDate;
  readonly status: ApplicationStatus;
  readonly score: number | null;
  readonly award: CompetitionAward | null;
}

export interface Participants {
  readonly total: number;
  readonly women: number;
  readonly farmers: number;
  readonly youth: number;
  readonly cooperatives: number;
  readonly enterprises: number;
}

export interface EventData extends RegistryData {
  readonly kind: EventKind;
  readonly description: string | null;
  readonly organiserIds: readonly string[];
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  readonly place: string | null;
  readonly participants: Participants;
  readonly taskId: string | null;
}

export interface SupportGrantData {
  readonly startupId: string | null;
  readonly beneficiaryName: string;
  readonly policyBasis: string;
  readonly amount: Money;
  readonly source: GrantSource;
  readonly sourceName: string | null;
  readonly date: IsoDate;
  readonly purpose: string | null;
  readonly taskId: string | null;
  readonly applicationId: string | null;
  /** Name key for sorting (beneficiary). */
  readonly nameKey: string;
  readonly demo: boolean;
}

export const STARTUP = 'Startup';
export const MENTOR = 'Mentor';
export const MENTORSHIP = 'Mentorship';
export const INCUBATOR = 'Incubator';
export const INCUBATION = 'Incubation';
export const INVESTOR = 'Investor';
export const INVESTMENT = 'Investment';
export const COMPETITION = 'Competition';
export const APPLICATION = 'CompetitionApplication';
export const EVENT = 'Event';
export const SUPPORT_GRANT = 'SupportGrant';

/** Women-led / youth-led: at least half of the founders are women / young (the plans target both groups). */
export const isWomenLed = (founders: readonly Founder[]): boolean => founders.length > 0 && founders.filter((f) => f.woman).length * 2 >= founders.length;
export const isYouthLed = (founders: readonly Founder[]): boolean => founders.length > 0 && founders.filter((f) => f.youth).length * 2 >= founders.length;
