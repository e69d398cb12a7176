/// A problem found in content, front matter or templates, printed like a compiler message:
/// `content/2023-02-18-karachi.txt:3:1: warning: killed: reports differ (4, 5)`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable { case warning, error }

    public let severity: Severity
    public let message: String
    /// Path as the user gave it (relative to the working directory when possible).
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// 1-based column, when known.
    public let column: Int?

    /// A diagnostic.
    public init(_ severity: Severity, _ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// An error.
    public static func error(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, file: file, line: line, column: column)
    }

    /// A warning.
    public static func warning(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line, column: column)
    }

    /// `path:line:col: severity: message`; a problem with the whole file points at its start.
    public var description: String {
        "\(file):\(line ?? 1):\(column ?? 1): \(severity.rawValue): \(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.line ?? 0, b.column ?? 0, b.message)
    }
}

/// Thrown when a build cannot go on; carries the diagnostics that stopped it.
public struct BuildFailure: Error, Sendable {
    /// What went wrong.
    public let diagnostics: [Diagnostic]
    /// True when the output was changed part-way: the previous site is not whole any more.
    public var leftOutputIncomplete = false

    public init(diagnostics: [Diagnostic], leftOutputIncomplete: Bool = false) {
        self.diagnostics = diagnostics
        self.leftOutputIncomplete = leftOutputIncomplete
    }
}
