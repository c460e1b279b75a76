// The steering pages' root class, with the H5 build's wide-screen modifier (command.scss).
import { wideClass } from '../../utils/wide-class'

export const pageClass = (extra = '') => `${wideClass('cmd-page')}${extra ? ` ${extra}` : ''}`
