import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SEARCH_MAX } from '@contract/wording/search'
import './index.scss'

export interface SearchBoxProps {
  id: string
  placeholder: string
  /** The words searched now ('' for none): a new search replaces it, 清除 sets ''. */
  value: string
  onSearch: (keyword: string) => void
}

/** A search box: type, then 搜索 (or the keyboard's search key); 清除 goes back to everything. */
export default function SearchBox({ id, placeholder, value, onSearch }: SearchBoxProps) {
  const [typed, setTyped] = useState(value)
  const submit = () => onSearch(typed.trim())
  return (
    <View className='search-box' id={id}>
      <Input
        className='search-box__input'
        value={typed}
        maxlength={SEARCH_MAX}
        confirmType='search'
        placeholder={placeholder}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={submit}
      />
      {value ? (
        <Text
          className='search-box__button search-box__button--clear'
          onClick={() => {
            setTyped('')
            onSearch('')
          }}
        >
          清除
        </Text>
      ) : (
        <Text className='search-box__button' onClick={submit}>
          搜索
        </Text>
      )}
    </View>
  )
}
