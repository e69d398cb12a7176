/// Where a file's bytes go as they are made: the staged file (`StreamedFile`), or an array when
/// the whole file is wanted in memory (tests).
protocol ByteSink {
    mutating func write(_ bytes: some Collection<UInt8>) throws
}

extension Array: ByteSink where Element == UInt8 {
    mutating func write(_ bytes: some Collection<UInt8>) { append(contentsOf: bytes) }
}
