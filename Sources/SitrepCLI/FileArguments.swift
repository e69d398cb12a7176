import Foundation

/// Files named on the command line, with folders replaced by the files inside them (at any
/// depth, those ending in one of `extensions`, sorted), so `sitrep facts content/` works and
/// tens of thousands of files need not be passed one by one.
func expandFileArguments(_ arguments: [String], extensions: [String]) -> [String] {
    var files: [String] = []
    let fm = FileManager.default
    for argument in arguments {
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
            files.append(argument)
            continue
        }
        var found: [String] = []
        if let enumerator = fm.enumerator(atPath: argument) {
            while let relative = enumerator.nextObject() as? String {
                if extensions.contains(where: { relative.hasSuffix($0) }) {
                    found.append((argument.hasSuffix("/") ? argument : argument + "/") + relative)
                }
            }
        }
        files += found.sorted()
    }
    return files
}
