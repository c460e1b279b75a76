import type { PropsWithChildren } from 'react'
import './app.scss'

// The app shell renders only the current page: global look comes from app.scss and the tokens.
function App({ children }: PropsWithChildren) {
  return children
}

export default App
