import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Member } from '@contract/entities/people'
import { call } from '../../../services/cloud'

/**
 * Members of the unit whose name starts with what the chair typed (org.members, after a pause): picking
 * one links the nomination to their account, so they can confirm their consent in the app themselves.
 */
export default function MemberMatch({ unitId, name, linked, onPick }: { unitId: string; name: string; linked?: string; onPick: (m: Member) => void }) {
  const [matches, setMatches] = useState<Member[]>([])
  const keyword = name.trim()
  useEffect(() => {
    if (linked || keyword.length < 1) return setMatches([])
    let live = true
    const timer = setTimeout(() => {
      void call('org.members', { unitId, keyword, page: 1 }).then((res) => live && setMatches(res.ok ? res.data.items.slice(0, 5) : []))
    }, 400)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [unitId, keyword, linked])
  if (linked) return <Text className='hon__muted'>✓ 已关联本单位成员，本人可在小程序确认</Text>
  if (!matches.length) return null
  return (
    <View id='member-matches'>
      <Text className='hon__muted'>本单位成员（点选关联）：</Text>
      <View className='hon__choices'>
        {matches.map((m) => (
          <Text key={m.userId} className='hon__choice' onClick={() => onPick(m)}>
            {m.realName}
            {m.job ? ` · ${m.job}` : ''}
          </Text>
        ))}
      </View>
    </View>
  )
}
