/**
 * Attachments: evidence files of task reports, actuals, spending entries and deliveries.
 * The API registers the file (name, type, size, SHA-256) and answers with a presigned upload
 * URL; the bytes go straight to the evidence store; `attachmentConfirm` checks they arrived.
 */
import { attachmentsOf, type StoredRecord } from '../../data';
import { evidenceStoreFromEnv, UPLOAD_TTL_SECONDS, type EvidenceStore, type PresignedUpload } from '../../data/evidence';
import { failure, success, userError, type Outcome } from '../../domain/common/user-error';
import { OBSERVATION } from '../../domain/indicator/entities';
import { checkEvidenceFile } from '../../domain/operations/evidence';
import { ATTACHMENT, SPENDING_ENTRY, TASK_DELIVERY, type AttachmentData, type AttachmentOwnerType } from '../../domain/operations/entities';
import { TASK_REPORT } from '../../domain/plan/entities';
import { nfc } from '../../domain/text/vietnamese';
import { isAdminOf } from '../caller';
import type { ServiceContext } from '../context';
import { requireSignedIn } from '../guard';
import { getIndicator } from '../indicators';
import { getObservation } from '../observations';
import { loadRecord } from '../records';
import { getReport } from '../reports';
import { getTask } from '../tasks';
import { commit, newId } from '../write';
import { getSpending } from './budget';
import { listAll } from './common';
import { closedPlanError, getDelivery, mayActOnTask } from './deliveries';

export type AttachmentRecord = StoredRecord<AttachmentData>;

const OWNER_TYPES: readonly AttachmentOwnerType[] = [TASK_REPORT, OBSERVATION, SPENDING_ENTRY, TASK_DELIVERY] as AttachmentOwnerType[];


const evidenceStore = (): EvidenceStore => evidenceStoreFromEnv();

/** An owner's attachments, oldest first (the owner was already found visible by its resolver). */
export const listAttachments = (ctx: ServiceContext, owner: { type: string; jur: string; id: string }): Promise<AttachmentRecord[]> =>
  listAll<AttachmentData>(ctx, 'byParent', attachmentsOf(owner.type, owner.jur, owner.id));

/** Loads the owner if visible, and whether the caller may attach to it, with its plan for the closed check. */
const ownerFor = async (
  ctx: ServiceContext,
  ref: { type: string; jur: string; id: string },
): Promise<{ planId: string; mayAttach: boolean } | null> => {
  const admin = isAdminOf(ctx.caller, ref.jur);
  const me = ctx.caller.role === 'AGENCY' && ctx.caller.jurisdictions.includes(ref.jur) ? ctx.caller.agencyId : null;
  switch (ref.type) {
    case TASK_REPORT: {
      const r = await getReport(ctx, ref.jur, ref.id);
      return r && { planId: r.data.planId, mayAttach: admin || (me !== null && r.data.agencyId === me) };
    }
    case OBSERVATION: {
      const o = await getObservation(ctx, ref.jur, ref.id);
      if (!o) return null;
      const indicator = await getIndicator(ctx, ref.jur, o.data.indicatorId);
      return { planId: o.data.planId, mayAttach: admin || (me !== null && (o.data.sourceAgencyId === me || Boolean(indicator?.data.agencies.some((a) => a.agencyId === me)))) };
    }
    case SPENDING_ENTRY: {
      const s = await getSpending(ctx, ref.jur, ref.id);
      return s && { planId: s.data.planId, mayAttach: admin || (me !== null && s.data.agencyId === me) };
    }
    case TASK_DELIVERY: {
      const d = await getDelivery(ctx, ref.jur, ref.id);
      const task = d ? await getTask(ctx, ref.jur, d.data.taskId) : null;
      return d && task && { planId: d.data.planId, mayAttach: mayActOnTask(ctx, task) };
    }
    default:
      return null;
  }
};

export const createAttachment = async (
  ctx: ServiceContext,
  owner: { type: string; jur: string; id: string },
  file: { fileName: string; contentType: string; size: number; sha256: string },
): Promise<Outcome<{ attachment: AttachmentRecord; upload: PresignedUpload }>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  if (!OWNER_TYPES.includes(owner.type as AttachmentOwnerType)) {
    return failure(userError('INVALID', 'Attach files to a TaskReport, Observation, SpendingEntry or TaskDelivery', ['input', 'owner']));
  }
  const found = await ownerFor(ctx, owner);
  if (!found) return failure(userError('NOT_FOUND', 'No such object', ['input', 'owner']));
  if (!found.mayAttach) return failure(userError('FORBIDDEN', 'Only its agency and the province admins attach evidence to it', ['input', 'owner']));
  const locked = await closedPlanError(ctx, owner.jur, found.planId, ['input', 'owner']);
  if (locked) return failure(locked);
  const normalised = { ...file, fileName: nfc(file.fileName.trim()), sha256: file.sha256.toLowerCase() };
  const errors = checkEvidenceFile(normalised);
  if (errors.length) return failure(...errors);
  const result = await commit<AttachmentData>(ctx, {
    ref: { type: ATTACHMENT, jur: owner.jur, id: newId() },
    expectedVersion: 0,
    data: {
      ownerType: owner.type as AttachmentOwnerType,
      ownerId: owner.id,
      fileName: normalised.fileName,
      contentType: normalised.contentType,
      size: normalised.size,
      sha256: normalised.sha256,
      status: 'PENDING',
      storedAt: null,
    },
    op: 'CREATE',
  });
  if (!result.ok) return failure(...result.errors);
  const upload = await evidenceStore().presignUpload(normalised, UPLOAD_TTL_SECONDS);
  return success({ attachment: result.value, upload });
};

/** Visible when its owner is. */
export const getAttachment = async (ctx: ServiceContext, jur: string, id: string): Promise<AttachmentRecord | null> => {
  const a = await loadRecord<AttachmentData>(ctx, ATTACHMENT, jur, id);
  if (!a) return null;
  return (await ownerFor(ctx, { type: a.data.ownerType, jur, id: a.data.ownerId })) ? a : null;
};

export const confirmAttachment = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
): Promise<Outcome<AttachmentRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const attachment = await loadRecord<AttachmentData>(ctx, ATTACHMENT, ref.jur, ref.id);
  const owner = attachment ? await ownerFor(ctx, { type: attachment.data.ownerType, jur: ref.jur, id: attachment.data.ownerId }) : null;
  if (!attachment || !owner) return failure(userError('NOT_FOUND', 'No such attachment', ['input', 'id']));
  if (!owner.mayAttach) return failure(userError('FORBIDDEN', 'Only its agency and the province admins confirm its evidence', ['input', 'id']));
  if (attachment.data.status === 'STORED') return success(attachment);
  if (!(await evidenceStore().exists(attachment.data.sha256))) {
    return failure(userError('INVALID', 'The file has not arrived: upload it to the URL from attachmentCreate first', ['input', 'id']));
  }
  return commit(ctx, {
    ref: { type: ATTACHMENT, ...ref },
    expectedVersion,
    data: { ...attachment.data, status: 'STORED', storedAt: new Date().toISOString() },
    op: 'CONFIRM',
  });
};

export const attachmentUrl = (a: AttachmentRecord): Promise<string | null> =>
  a.data.status === 'STORED' ? evidenceStore().downloadUrl(a.data.sha256, a.data.fileName, a.data.contentType) : Promise.resolve(null);
