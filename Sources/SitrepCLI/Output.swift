import Foundation

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes text to standard output without buffering surprises.
func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
