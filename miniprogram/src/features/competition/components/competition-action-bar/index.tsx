import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

/** The page's one main action, pinned within thumb reach; a short line above it says why or when. */
export default function CompetitionActionBar({ note, children }: PropsWithChildren<{ note?: string }>) {
  return (
    <View className='competition-action-bar' id='action-bar'>
      {note && <Text className='competition-action-bar__note'>{note}</Text>}
      {children}
    </View>
  )
}

/** Room at the end of a page so the pinned bar never covers the last lines. */
export function ActionBarSpacer() {
  return <View className='competition-action-bar__spacer' />
}
