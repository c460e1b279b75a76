// A page root's class with the modifier the H5 build's wide-screen layout hangs on (`<base>--h5`, styled
// under a min-width 1024px media query): staff at a desk get a centred column; the weapp build compiles
// the condition away and keeps one column everywhere.
export const wideClass = (base: string) => `${base}${process.env.TARO_ENV === 'h5' ? ` ${base}--h5` : ''}`
