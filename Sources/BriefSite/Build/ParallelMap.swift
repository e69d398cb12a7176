import Dispatch
import Synchronization

/// Maps an array on all cores and returns results in input order, so output never depends on
/// scheduling.
package enum ParallelMap {
    /// One thread for everything run inside `$runsSerially.withValue(true) { ... }`, to check
    /// that output does not depend on scheduling: set for work run in the `BuildOptions` that ask
    /// for it (`BuildOptions.singleThreaded`, `SITREP_JOBS=1`; `BuildOptions.inEffect`). A task-local value,
    /// so tests running beside one another do not see each other's.
    @TaskLocal package static var runsSerially = false

    /// `items.map(transform)`, computed concurrently.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 || runsSerially { return items.map(transform) }
        let results = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results[index] = transform(items[index])
        }
        return (0..<results.count).map { results.take($0)! }
    }
}

extension ParallelMap {
    /// `(first(), second())`, the two computed at once.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        if runsSerially { return (first(), second()) }
        let a = Slots<A>(count: 1), b = Slots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a[0] = first() } else { b[0] = second() }
        }
        return (a.take(0)!, b.take(0)!)
    }

    /// Runs `body` on every item on all cores; the first error thrown (in item order) is
    /// rethrown once all have run.
    package static func forEach<T: Sendable>(_ items: [T], _ body: @Sendable (T) throws -> Void) throws {
        let errors = map(items) { item -> (any Error)? in
            do {
                try body(item)
                return nil
            } catch {
                return error
            }
        }
        if let first = errors.lazy.compactMap({ $0 }).first { throw first }
    }
}

/// A fixed buffer of optional values that threads may write at different indices at once
/// (an Array would be one shared value, and two writers would conflict). Read once the
/// writers are done, as `concurrentPerform` returns only when every worker has finished.
// unchecked: no lock; callers see to it that no index is written by two threads at a time.
final class Slots<T: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>
    var count: Int { buffer.count }

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    subscript(index: Int) -> T? {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }

    /// The value at `index`, leaving nil there: moved, not copied, so no reference count changes.
    func take(_ index: Int) -> T? {
        let slot = buffer.baseAddress! + index
        let value = slot.move()
        slot.initialize(to: nil)
        return value
    }
}

/// A value made on another thread, waited for when first read.
final class BackgroundValue<T: Sendable>: Sendable {
    private let ready = DispatchGroup()
    /// Written once before `ready` is left, only read after waiting for it.
    private let made = Slots<T>(count: 1)

    init(_ make: @escaping @Sendable () -> T) {
        ready.enter()
        DispatchQueue.global().async { [self] in
            made[0] = make()
            ready.leave()
        }
    }

    var value: T {
        ready.wait()
        return made[0]!
    }
}

/// Counts finished items across threads and passes the count on.
final class ProgressCounter: Sendable {
    private let done = Atomic(0)
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func step() {
        guard let report else { return }
        report(done.add(1, ordering: .relaxed).newValue, total)
    }
}
