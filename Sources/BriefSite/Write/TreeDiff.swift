import Foundation

/// Compares two folders file by file.
package enum TreeDiff {
    /// Lines such as "changed: index.html", "missing: api/incidents.json", "extra: old.html".
    package static func differences(expected: String, actual: String) -> [String] {
        let a = files(in: expected), b = files(in: actual)
        var out: [String] = []
        for path in a.keys.sorted() {
            guard let other = b[path] else { out.append("missing: \(path)"); continue }
            if a[path] != other { out.append("changed: \(path)") }
        }
        for path in b.keys.sorted() where a[path] == nil { out.append("extra: \(path)") }
        return out
    }

    /// Relative path → contents of every file under `folder`.
    package static func files(in folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder) else { return result }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + relative
            if fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = fm.contents(atPath: full) ?? Data()
            }
        }
        return result
    }
}
