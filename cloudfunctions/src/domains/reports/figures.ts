// A unit's own figures for its summary draft, each through the domain that keeps it: the campaign's
// per-unit counters (participation, entries), accepted competition sign-ups, works and ideas sent in,
// competitions it held. A handful of counts, sent together (one round trip of wall time).
import type { ReportFigures } from '../../../../types/entities/reports'
import { db } from '../../lib/cloud'
import { unitStats, unitStatId } from '../../lib/unit-stats'
import { competitions, signups } from '../competition/repo'
import { ideas } from '../ideas/repo'
import type { UnitRecord } from '../org/units-repo'
import { works } from '../works/repo'

export async function figuresOf(campaignId: string, unit: Pick<UnitRecord, '_id' | 'memberCount'>): Promise<ReportFigures> {
  const _ = db().command
  const [stats, accepted, sentWorks, sentIdeas, held] = await Promise.all([
    unitStats().doc(unitStatId(campaignId, unit._id)).get(),
    signups().where({ unitPath: unit._id, status: 'accepted' }).count(),
    works()
      .where({ unitPath: unit._id, campaignId, status: _.neq('draft') })
      .count(),
    ideas()
      .where({ unitPath: unit._id, campaignId, status: _.nin(['draft']) })
      .count(),
    competitions().where({ unitPath: unit._id, campaignId, status: 'finished' }).count(),
  ])
  return {
    members: unit.memberCount ?? 0,
    participants: stats.data?.participants ?? 0,
    entries: stats.data?.entries ?? 0,
    signups: accepted.total,
    works: sentWorks.total,
    ideas: sentIdeas.total,
    competitionsHeld: held.total,
  }
}
