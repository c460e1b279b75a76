// Stands in for lottie-react in jest only (see the moduleNameMapper comment in jest.config.js):
// the real package draws on a canvas as soon as it is imported, which jsdom cannot do.
export default function LottieStub() {
  return null
}
