/**
 * Stored shapes behind the ecosystem module's GraphQL types (codegen mappers): records
 * for entities, value objects with what their resolvers need (the jurisdiction for
 * personal data, the record for links).
 */
import type { StoredRecord } from '../../data';
import type {
  ApplicationData,
  CompetitionData,
  EventData,
  ExternalAward,
  Founder,
  IncubationData,
  IncubatorData,
  InvestmentData,
  InvestorData,
  MentorData,
  MentorshipData,
  StartupData,
  SupportGrantData,
} from '../../domain/ecosystem/model';
import type { Suggestion } from '../../domain/ecosystem/matching';

export type StartupMapper = StoredRecord<StartupData>;
export type MentorMapper = StoredRecord<MentorData>;
export type MentorshipMapper = StoredRecord<MentorshipData>;
export type IncubatorMapper = StoredRecord<IncubatorData>;
export type IncubationMapper = StoredRecord<IncubationData>;
export type InvestorMapper = StoredRecord<InvestorData>;
export type InvestmentMapper = StoredRecord<InvestmentData>;
export type CompetitionMapper = StoredRecord<CompetitionData>;
export type CompetitionApplicationMapper = StoredRecord<ApplicationData>;
export type EventMapper = StoredRecord<EventData>;
export type SupportGrantMapper = StoredRecord<SupportGrantData>;
/** A founder with the jurisdiction whose admins may read the contacts. */
export type FounderMapper = Founder & { readonly jur: string };
/** An award: from a competition application, or recorded on the startup. */
export type AwardMapper =
  | { readonly kind: 'competition'; readonly application: StoredRecord<ApplicationData> }
  | { readonly kind: 'external'; readonly award: ExternalAward };
export type MentorSuggestionMapper = Suggestion & { readonly mentor: StoredRecord<MentorData> };
export interface MentorshipGapMapper {
  readonly startup: StoredRecord<StartupData>;
  readonly incubation: StoredRecord<IncubationData>;
  readonly since: string;
}
export interface EligibilityMapper {
  readonly asOf: string;
  readonly eligible: boolean;
  readonly reason: string;
  readonly until: string | null;
}
export type RegistryCountMapper = import('../../services/ecosystem/derived').RegistryCountResult;
/** A counted item with the jurisdiction its record is in. */
export interface CountedItemMapper {
  readonly jur: string;
  readonly item: import('../../domain/ecosystem/counts').CountedItem;
}
