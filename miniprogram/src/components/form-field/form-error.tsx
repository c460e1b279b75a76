import { View } from '@tarojs/components'

/** What the server refused about the form as a whole, above its buttons (nothing when all is well). */
export default function FormError({ message, className, id }: { message: string | undefined; className: string; id?: string }) {
  if (!message) return null
  return (
    <View className={className} role='alert' id={id}>
      {message}
    </View>
  )
}
