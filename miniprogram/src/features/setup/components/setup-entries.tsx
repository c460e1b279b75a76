// The way into day one from 我的: 初始化设置 while the environment has no city union, 我是工会主席 for a
// newcomer holding a chair invitation, and the wizard for the city union's admins.
import { useEffect, useState } from 'react'
import type { Me } from '@contract/entities/people'
import { EntryCell, EntryGroup } from '../../../components/entry-cell'
import { call } from '../../../services/cloud'
import { open } from '../../../services/navigation'
import { chairInviteUrl, SETUP_ROUTES } from '../routes'
import { SETUP_TEXT } from '../wording'

export default function SetupEntries({ me }: { me: Me }) {
  const isCityAdmin = me.roles.some((r) => r.role === 'city_admin')
  // Only someone not yet in a unit can be the first admin or a newly invited chair: nobody else asks.
  const newcomer = !me.unit
  const [needsSetup, setNeedsSetup] = useState(false)
  useEffect(() => {
    if (!newcomer) return
    let live = true
    void call('org.setupStatus', {}).then((res) => live && res.ok && setNeedsSetup(res.data.needsSetup))
    return () => {
      live = false
    }
  }, [newcomer])
  if (!isCityAdmin && !newcomer) return null
  return (
    <EntryGroup title={SETUP_TEXT.entryGroup}>
      {needsSetup && <EntryCell title={SETUP_TEXT.setupEntry} description={SETUP_TEXT.setupEntryHint} onClick={() => open(SETUP_ROUTES.setup)} />}
      {isCityAdmin && <EntryCell title={SETUP_TEXT.wizardEntry} description={SETUP_TEXT.wizardEntryHint} onClick={() => open(SETUP_ROUTES.setup)} />}
      {newcomer && !needsSetup && <EntryCell title={SETUP_TEXT.chairEntry} description={SETUP_TEXT.chairEntryHint} onClick={() => open(chairInviteUrl())} />}
    </EntryGroup>
  )
}
