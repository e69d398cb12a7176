/// A problem found in content, front matter or templates, printed like a compiler message:
/// `content/2023-02-18-karachi.txt:3:1: warning: killed: reports differ (4, 5)`.
package struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad it is.
    package enum Severity: String, Sendable, Hashable { case warning, error }

    package let severity: Severity
    package let message: String
    /// Path as the user gave it (relative to the working directory when possible).
    package let file: String
    /// 1-based line, when known.
    package let line: Int?
    /// 1-based column, when known.
    package let column: Int?

    /// A diagnostic.
    package init(_ severity: Severity, _ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// An error.
    package static func error(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, file: file, line: line, column: column)
    }

    /// A warning.
    package static func warning(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line, column: column)
    }

    /// `path:line:col: severity: message`; a problem with the whole file points at its start.
    /// One line always: control characters in a file name or a quoted value are shown escaped,
    /// so a name cannot add a line to a CI log ("::error ...") or send escape codes to a terminal.
    package var description: String {
        "\(Self.printable(file)):\(line ?? 1):\(column ?? 1): \(severity.rawValue): \(Self.printable(message))"
    }

    /// `text` with C0 and C1 control characters written as `\n`, `\t` or `\u{1B}`.
    package static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    package static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.line ?? 0, b.column ?? 0, b.message)
    }
}

/// Thrown when a build cannot go on; carries the diagnostics that stopped it.
package struct BuildFailure: Error, Sendable {
    /// What went wrong.
    package let diagnostics: [Diagnostic]
    /// True when the output was changed part-way: the previous site is not whole any more.
    package var leftOutputIncomplete = false

    package init(diagnostics: [Diagnostic], leftOutputIncomplete: Bool = false) {
        self.diagnostics = diagnostics
        self.leftOutputIncomplete = leftOutputIncomplete
    }
}
