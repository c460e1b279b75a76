// The steering pages' root class: the H5 build adds the modifier its wide-screen layout hangs on
// (command.scss); the weapp build compiles the condition away and keeps one column everywhere.
export const pageClass = (extra = '') => `cmd-page${process.env.TARO_ENV === 'h5' ? ' cmd-page--h5' : ''}${extra ? ` ${extra}` : ''}`
