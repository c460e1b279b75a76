import { View } from '@tarojs/components'
import { useState } from 'react'
import type { Me } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import ExportButton from '../../../features/exports/export-button'
import SegTabs from '../../../components/seg-tabs'
import WithMe from '../../../components/with-me'
import NoticeSection from '../../../features/honours/city/notice-section'
import ObjectionsSection from '../../../features/honours/city/objections-section'
import RevokeSection from '../../../features/honours/city/revoke-section'
import SealSection from '../../../features/honours/city/seal-section'
import { unitsWithRole } from '../../../features/org/staff'
import '../../../features/honours/styles/honours.scss'
import '../verify/index.scss'

type Tab = 'notice' | 'objections' | 'certificates'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'notice', label: '公示与表彰' },
  { key: 'objections', label: '异议' },
  { key: 'certificates', label: '证书' },
]

function City({ me }: { me: Me }) {
  const [tab, setTab] = useState<Tab>('notice')
  return (
    <View className='hon'>
      <SegTabs<Tab> tabs={TABS} active={tab} onChange={setTab} />
      {tab === 'notice' && <NoticeSection />}
      {tab === 'objections' && <ObjectionsSection />}
      {tab === 'certificates' && (
        <>
          <SealSection userId={me.id} />
          <RevokeSection />
          <ExportButton action='honours.export' input={{ unitId: unitsWithRole(me, ['city_admin'])[0].id }} label='导出表彰名单（Excel）' />
        </>
      )}
    </View>
  )
}

/** 公示与表彰 (the city union): publish the notice, resolve objections, commend; the seal; revoke a certificate. */
export default function CityHonoursPage() {
  return (
    <WithMe>
      {(me: Me) =>
        unitsWithRole(me, ['city_admin']).length ? (
          <City me={me} />
        ) : (
          <EmptyState mark='权' title='仅限市总工会使用' message='公示、异议处理和表彰由市总工会负责。' />
        )
      }
    </WithMe>
  )
}
