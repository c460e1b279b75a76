// The order of the e2e suites. They share one local server, and a suite that moves its test clock
// (POST /local/clock, e.g. past a public notice's end) leaves the server days ahead of the browser's own
// clock; forms that take their default dates from the browser would then be in the server's past. So
// suites that move the clock run after all others, in jest's usual order otherwise.
const fs = require('node:fs')
const Sequencer = require('@jest/test-sequencer').default

const movesClock = (path) => /\badvanceClock\(|\/local\/clock/.test(fs.readFileSync(path, 'utf8'))

class ClockLastSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests)
    return [...ordered.filter((t) => !movesClock(t.path)), ...ordered.filter((t) => movesClock(t.path))]
  }
}

module.exports = ClockLastSequencer
