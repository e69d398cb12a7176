import Foundation
import Synchronization
import SystemPackage

/// Held by the build writing an output folder, so a second build into the same folder is
/// refused instead of deleting the first one's staging folder: an exclusive `flock` on
/// `OutputSiblings.lock` beside the output. The file lasts as long as the build: it is removed when
/// the lock is released. The system lets go of the lock however the process ends; a killed
/// build's file is taken over, and removed, by the next build.
final class OutputLock: Sendable {
    private let path: String
    /// The locked file; nil once released, or when it could not be made (then the build goes
    /// on unlocked and meets the folder's real problem when it writes).
    private let file: Mutex<FileDescriptor?>

    private init(path: String, file: FileDescriptor?) {
        self.path = path
        self.file = Mutex(file)
    }

    /// The lock of `output` (a standardized file URL); nil while another build holds it.
    static func take(output: URL) -> OutputLock? {
        let path = OutputSiblings(output: output).lock
        // More than one round only when a build releasing the lock removes its file between
        // this one's open and flock.
        for _ in 0..<100 {
            guard
                let file = try? FileDescriptor.open(
                    atPath: path, .readWrite, options: .create, permissions: [.ownerReadWrite, .groupRead, .otherRead])
            else { return OutputLock(path: path, file: nil) }
            guard flock(file.rawValue, LOCK_EX | LOCK_NB) == 0 else {
                try? file.close()
                return nil
            }
            if isStill(file, at: path) { return OutputLock(path: path, file: file) }
            // Locked a file already removed: the lock is the one now at `path`, if any.
            try? file.close()
        }
        return nil
    }

    /// True when `path` still names the open `file` (not removed, nor made anew).
    private static func isStill(_ file: FileDescriptor, at path: String) -> Bool {
        guard let open = try? file.stat(), let named = try? FilePath(path).stat() else { return false }
        return open.inode == named.inode && open.deviceID == named.deviceID
    }

    /// Lets the next build in and removes the file; the second call does nothing.
    func release() {
        file.withLock { file in
            guard let locked = file else { return }
            // Removed while still locked, so no other build can lock this file once it is gone.
            unlink(path)
            try? locked.close()
            file = nil
        }
    }

    deinit { release() }
}
