// A campaign's honours round (honour_rounds, one document per campaign): the notice's window and order,
// and the certificate numbers issued so far. The only code that reads or writes it.
import { db } from '../../lib/cloud'
import { writeUnlessTaken } from '../../lib/errors'
import { inTransaction } from '../../lib/transaction'
import type { RoundDoc } from './repo'

const rounds = () => db().collection<RoundDoc>('honour_rounds')

export type NoticeWindow = NonNullable<RoundDoc['notice']>

export async function findRound(campaignId: string): Promise<RoundDoc | null> {
  return (await rounds().doc(campaignId).get()).data ?? null
}

/**
 * Opens notice number `round.noticeSeq + 1`, only over the round as read: a second publish at the same
 * moment finds noticeSeq moved. False when it did.
 */
export async function openNextNotice(round: RoundDoc, notice: NoticeWindow, at: Date): Promise<boolean> {
  const res = await rounds()
    .where({ _id: round._id, noticeSeq: round.noticeSeq })
    .update({ data: { notice, noticeSeq: round.noticeSeq + 1, updatedAt: at } })
  return res.stats.updated === 1
}

/** The campaign's first round, with its first notice; false when another publish wrote it first. */
export async function openFirstNotice(campaignId: string, notice: NoticeWindow, at: Date): Promise<boolean> {
  const outcome = await writeUnlessTaken(
    () => rounds().add({ data: { _id: campaignId, notice, noticeSeq: 1, certSeq: 0, issuer: '', updatedAt: at } }),
    async () => Boolean((await rounds().doc(campaignId).get()).data),
  )
  return outcome === 'written'
}

/** Corrects the notice's count to those that went on it. */
export async function setNoticeTotal(campaignId: string, total: number): Promise<void> {
  await rounds()
    .doc(campaignId)
    .update({ data: { 'notice.total': total } })
}

/** Reserves `n` consecutive certificate numbers of the round (in a transaction); answers the first. */
export function reserveCertificateNumbers(campaignId: string, n: number): Promise<number> {
  return inTransaction(async (tx) => {
    const r = (await tx.collection<RoundDoc>('honour_rounds').doc(campaignId).get()).data!
    await tx
      .collection<RoundDoc>('honour_rounds')
      .doc(campaignId)
      .update({ data: { certSeq: r.certSeq + n } })
    return r.certSeq + 1
  })
}
