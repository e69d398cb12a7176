import Foundation
import Synchronization

/// Held by the build writing an output folder, so a second build into the same folder is
/// refused instead of deleting the first one's staging folder: an exclusive `flock` on
/// `.<name>.lock` beside the output. The system lets go of it when the process ends, however
/// it ends.
final class OutputLock: Sendable {
    /// The locked file's descriptor, -1 once released (or when the file could not be made:
    /// then the build goes on unlocked and meets the folder's real problem when it writes).
    private let descriptor: Mutex<Int32>

    private init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    /// The lock of `output` (a standardized file URL); nil while another build holds it.
    static func take(output: URL) -> OutputLock? {
        let parent = output.deletingLastPathComponent().path
        let descriptor = open(parent + "/.\(output.lastPathComponent).lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            return nil
        }
        return OutputLock(descriptor: descriptor)
    }

    /// Lets the next build in; the second call does nothing.
    func release() {
        descriptor.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }

    deinit { release() }
}
