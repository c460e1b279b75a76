import { Input, Text, View } from '@tarojs/components'
import type { CompetitionDetail } from '@contract/entities/competition'
import { COMPETITION_SIGNUP_LIMITS as L } from '@contract/limits/competition-signup'
import Button from '../../../../components/button'
import { useCompetitionTeam } from '../../hooks/use-competition-team'
import type { TeamEntry } from '../../hooks/use-competition-signup'
import { TextField } from '../../../../components/form-field/text-field'
import Sheet from '../../../../components/sheet'
import './index.scss'

export interface CompetitionTeamSheetProps {
  competition: CompetitionDetail
  visible: boolean
  busy: boolean
  onSubmit: (team: TeamEntry) => void
  onClose: () => void
}

/** A captain's team sign-up: the team's name and colleagues of their own unit, picked by name. */
export default function CompetitionTeamSheet({ competition: c, visible, busy, onSubmit, onClose }: CompetitionTeamSheetProps) {
  const team = useCompetitionTeam(c, visible)
  return (
    <Sheet
      visible={visible}
      title='团体报名'
      id='team-sheet'
      scroll
      onClose={busy ? undefined : onClose}
      footer={
        <View>
          <View className={`competition-team__summary${team.problem ? ' competition-team__summary--error' : ''}`} role={team.problem ? 'alert' : undefined}>
            {team.problem ?? `队伍共 ${team.size} 人（含您这位队长），每队 ${c.teamMin}–${c.teamMax} 人`}
          </View>
          <Button
            id='team-submit'
            type='primary'
            size='large'
            block
            loading={busy}
            onClick={() => {
              // Straight from the tap: the sign-up may ask WeChat for the notification permission.
              const entry = team.entry()
              if (entry) onSubmit(entry)
            }}
          >
            提交报名
          </Button>
        </View>
      }
    >
      <TextField id='team-name' label='队名' required limit={L.teamName} placeholder='例如：机加车间一队' value={team.teamName} onChange={team.setTeamName} />
      <View className='competition-team__label'>
        <Text>选择队员</Text>
        <Text className='competition-team__label-note'>只能选本单位已完善资料的职工</Text>
      </View>
      <View className='competition-team__search'>
        <Input
          id='teammate-search'
          className='form-field__input competition-team__search-input'
          value={team.keyword}
          maxlength={L.keyword.max}
          placeholder='输入姓名查找'
          confirmType='search'
          onInput={(e) => team.setKeyword(e.detail.value)}
          onConfirm={team.search}
        />
        <Button className='competition-team__search-button' size='large' type='primary' fill='outline' onClick={team.search}>
          查找
        </Button>
      </View>
      {team.picked.length > 0 && (
        <Text className='competition-team__picked' id='team-picked'>
          已选：{team.picked.map((p) => p.realName).join('、')}
        </Text>
      )}
      <View className='competition-team__list' id='teammates'>
        {team.loading && team.items.length === 0 && <Text className='competition-team__note'>正在查找…</Text>}
        {team.error && <Text className='competition-team__note competition-team__note--error'>{team.error.message}</Text>}
        {!team.loading && !team.error && team.items.length === 0 && (
          <Text className='competition-team__note'>没有找到，换个名字试试。同事要先在小程序里完善资料并加入本单位。</Text>
        )}
        {team.items.map((t) => {
          const on = team.isPicked(t)
          return (
            <View
              key={t.userId}
              className={`competition-team__person${on ? ' competition-team__person--on' : ''}${t.signedUp ? ' competition-team__person--taken' : ''}`}
              role='checkbox'
              aria-checked={on}
              aria-disabled={t.signedUp}
              onClick={() => team.toggle(t)}
            >
              <View className={`competition-team__check${on ? ' competition-team__check--on' : ''}`}>{on ? '✓' : ''}</View>
              <View className='competition-team__person-body'>
                <Text className='competition-team__name'>{t.realName}</Text>
                {t.job && <Text className='competition-team__job'>{t.job}</Text>}
              </View>
              {t.signedUp && <Text className='competition-team__taken'>已报名</Text>}
            </View>
          )
        })}
      </View>
    </Sheet>
  )
}
