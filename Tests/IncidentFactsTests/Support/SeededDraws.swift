/// Random draws that are the same on every run (xorshift), for tests that check two ways of
/// doing one thing against each other on many generated inputs.
struct SeededDraws {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number from 0 to `bound - 1`.
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    /// One element of `list`.
    mutating func pick<Element>(_ list: [Element]) -> Element { list[next(list.count)] }
}
