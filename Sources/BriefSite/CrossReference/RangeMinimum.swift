/// The two smallest values in any stretch of a fixed list, each in logarithmic time: a
/// segment tree. Two, so that a caller who must skip one value still has an answer.
struct RangeMinimum {
    /// The two smallest values of a node's stretch (`Int32.max` when there are fewer).
    private struct Pair {
        var first = Int32.max
        var second = Int32.max

        mutating func add(_ other: Pair) {
            for value in [other.first, other.second] where value != .max {
                if value < first {
                    second = first
                    first = value
                } else if value < second && value != first {
                    second = value
                }
            }
        }
    }

    private var tree: [Pair]
    private let count: Int

    /// `values`, where `Int32.max` stands for a place that holds none.
    init(_ values: [Int32]) {
        count = values.count
        tree = Array(repeating: Pair(), count: 2 * count)
        for (i, value) in values.enumerated() { tree[count + i].first = value }
        for i in stride(from: count - 1, to: 0, by: -1) {
            tree[i] = tree[2 * i]
            tree[i].add(tree[2 * i + 1])
        }
    }

    /// The two smallest values in `range` (fewer when it holds fewer).
    func twoSmallest(in range: Range<Int>) -> [Int32] {
        var result = Pair()
        var low = range.lowerBound + count, high = range.upperBound + count
        while low < high {
            if low & 1 == 1 {
                result.add(tree[low])
                low += 1
            }
            if high & 1 == 1 {
                high -= 1
                result.add(tree[high])
            }
            low >>= 1
            high >>= 1
        }
        return [result.first, result.second].filter { $0 != .max }
    }
}
