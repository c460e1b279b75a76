import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import type { Me } from '@contract/entities/people'
import { ORG_LIMITS } from '@contract/limits/people'
import Button from '../../components/button'
import InviteCodeInput from '../../features/people/components/invite-code-input'
import JoinStatus from '../../features/people/components/join-status'
import { Loaded } from '../../components/page-state'
import UnitBrowser, { UnitRow } from '../../features/org/components/unit-browser'
import { useCancelJoin } from '../../features/people/hooks/use-cancel-join'
import { useJoin } from '../../features/people/hooks/use-join'
import { useMe } from '../../hooks/use-me'
import { useUnitLevel } from '../../features/org/hooks/use-unit-level'
import { hasProfile } from '../../services/me'
import { joinUrl, profileUrl, replace, ROUTES, safeRedirect } from '../../services/navigation'
import './index.scss'

/** Joined: where they now belong, and one button onward. */
function Joined({ me, redirect, fresh }: { me: Me; redirect?: string; fresh: boolean }) {
  return (
    <View className='join zg-page'>
      <View className='join__done' id='join-done'>
        <View className='join__done-mark'>✓</View>
        <Text className='join__done-title'>{fresh ? '已加入' : '您已是这个单位的成员'}</Text>
        <Text className='join__done-unit'>{me.unit?.name}</Text>
        <Text className='join__done-path'>{me.unit?.path.map((u) => u.name).join(' › ')}</Text>
        {!fresh && <Text className='join__lead'>如需调到其他单位，请联系所在单位工会。</Text>}
        <Button className='join__done-button' type='primary' size='large' block onClick={() => replace(redirect ?? ROUTES.me)}>
          {redirect ? '继续' : '完成'}
        </Button>
      </View>
    </View>
  )
}

function CodeEntry({ join }: { join: ReturnType<typeof useJoin> }) {
  return (
    <View className='join__card'>
      <Text className='join__title'>输入邀请码</Text>
      <Text className='join__lead'>邀请码由您所在单位的工会提供。扫单位的二维码进来的，邀请码已经填好了。</Text>
      <InviteCodeInput value={join.code} onChange={join.setCode} error={join.codeError} />
      <Button
        id='join-by-code'
        className='join__primary'
        type='primary'
        size='large'
        block
        disabled={!join.canJoin}
        loading={join.joining}
        onClick={join.joinByCode}
      >
        加入单位
      </Button>
    </View>
  )
}

function UnitPick({ join }: { join: ReturnType<typeof useJoin> }) {
  const level = useUnitLevel()
  return (
    <View className='join__pick'>
      <Text className='join__title'>选择您所在的单位</Text>
      <Text className='join__lead'>一层一层点进去，找到您所在的单位。提交后由该单位工会审核。</Text>
      <View className='join__search'>
        <Input
          id='unit-search'
          className='join__search-input'
          value={join.keyword}
          placeholder='输入单位名称查找'
          confirmType='search'
          maxlength={ORG_LIMITS.keyword.max}
          onInput={(e) => join.setKeyword(e.detail.value)}
          onConfirm={join.search}
        />
        <Button className='join__search-button' size='large' loading={join.searching} onClick={join.search}>
          查找
        </Button>
      </View>

      {join.hits ? (
        <View className='join__hits'>
          <View className='join__hits-head'>
            <Text>找到 {join.hits.length} 个单位</Text>
            <Text className='join__link' onClick={join.clearSearch}>
              返回逐级选择
            </Text>
          </View>
          <View className='join__hit-list'>
            {join.hits.length === 0 && <Text className='join__lead'>没有找到，换个说法试试，或逐级选择。</Text>}
            {join.hits.map((u) =>
              u.type === 'city' ? null : (
                <UnitRow
                  key={u.id}
                  unit={u}
                  pathNames={u.pathNames}
                  selected={join.picked?.id === u.id}
                  onClick={() => join.setPicked(u)}
                  trailing={<Text className='unit-browser__pick'>{join.picked?.id === u.id ? '已选' : '选择'}</Text>}
                />
              ),
            )}
          </View>
        </View>
      ) : (
        <UnitBrowser level={level} canPick={(u) => u.type !== 'city'} onPick={join.setPicked} selectedId={join.picked?.id} />
      )}

      {join.picked && (
        <View className='join__bar' id='join-request-bar'>
          <Text className='join__bar-text'>申请加入：{join.picked.name}</Text>
          <Button id='request-join' type='primary' size='large' block loading={join.requesting} onClick={join.requestJoin}>
            提交申请
          </Button>
        </View>
      )}
    </View>
  )
}

function JoinView({ me, scene, redirect }: { me: Me; scene?: string; redirect?: string }) {
  const join = useJoin(scene)
  const cancel = useCancelJoin()
  if (join.joined || me.unit) return <Joined me={me} redirect={redirect} fresh={join.joined} />
  return (
    <View className={`join zg-page${join.picked ? ' join--with-bar' : ''}`}>
      <JoinStatus me={me} onCancel={me.pendingJoin ? () => void cancel.run(me.pendingJoin!.unit.name) : undefined} cancelling={cancel.busy} />
      {me.pendingJoin && <Text className='join__lead join__lead--gap'>有邀请码也可以直接加入，申请会自动撤回。</Text>}

      {join.mode === 'code' ? <CodeEntry join={join} /> : <UnitPick join={join} />}

      <View className='join__switch' onClick={() => join.setMode(join.mode === 'code' ? 'pick' : 'code')}>
        <Text id='switch-mode'>{join.mode === 'code' ? '找不到邀请码？选择单位申请加入' : '有邀请码？输入邀请码加入'}</Text>
      </View>
    </View>
  )
}

export default function JoinPage() {
  const { params } = useRouter()
  const scene = params.scene
  const redirect = safeRedirect(params.redirect)
  const meState = useMe()
  const me = meState.me
  const needsProfile = me !== undefined && !me.unit && !hasProfile(me)

  // Name first: a chair must know who is joining. The profile page brings them back with the code.
  useEffect(() => {
    if (needsProfile) replace(profileUrl(joinUrl({ scene, redirect })))
  }, [needsProfile, scene, redirect])

  return (
    <Loaded state={meState} data={needsProfile ? undefined : me} skeleton={{ hero: false, rows: 2 }}>
      {(user) => <JoinView me={user} scene={scene} redirect={redirect} />}
    </Loaded>
  )
}
