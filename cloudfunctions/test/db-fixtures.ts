// Changes tests make behind the actions' back, in one place instead of database calls in test files:
// a unit's member count set outright, and every outstanding media check marked done.
import { runAs } from '../local/identity'
import { db } from '../src/lib/cloud'
import { mediaChecks } from '../src/lib/media-check'

/** Sets a unit's member count (a figure the export reads, without joining that many people). */
export async function setMemberCount(unitId: string, memberCount: number): Promise<void> {
  await db().collection('units').doc(unitId).update({ data: { memberCount } })
}

/** Marks every media check still waiting, being applied or handed to a person as done. */
export function settleMediaChecks(): Promise<void> {
  return runAs({}, async () => {
    await mediaChecks()
      .where({ state: db().command.in(['waiting', 'applying', 'manual']) })
      .update({ data: { state: 'done' } })
  })
}
