/// The news agency named in a wire story's dateline: "OXA CITY, Uralia (Reuters) — ..." or
/// "URA, 4 March (AFP) - ...".
public enum Dateline {
    /// How far into the text a dateline may stand (headline, byline and photo captions first).
    private static let searchedCharacters = 1500

    /// The agency of the first line that opens with a dateline, if one of the first lines does.
    public static func agency(in text: Substring) -> String? {
        var rest = text
        // Lines found on the bytes, and only as far as a dateline may stand: the text can be long.
        while !rest.isEmpty, text.utf8.distance(from: text.startIndex, to: rest.startIndex) < searchedCharacters {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            if let agency = agency(opening: rest[..<end]) { return agency }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
        }
        return nil
    }

    /// The agency when `line` opens with a dateline: a place (capitalised words, then maybe a
    /// country or a date after a comma), the agency in brackets, then a dash, a colon or the
    /// end of the line.
    static func agency(opening line: Substring) -> String? {
        // Most lines have no bracket near their start: that is settled on the bytes.
        guard line.utf8.prefix(80).contains(UInt8(ascii: "(")) else { return nil }
        // Most datelines are ASCII: read on the bytes too (each byte is then a character).
        switch ASCIIDateline(line.utf8).reading {
        case .agency(let agency): return agency
        case .none: return nil
        case .unsettled: return characterAgency(line)
        }
    }

    /// `agency(opening:)` read on characters.
    static func characterAgency(_ line: Substring) -> String? {
        let line = line.drop { $0 == " " }
        guard let open = line.prefix(60).firstIndex(of: "("), let close = line[open...].prefix(32).firstIndex(of: ")")
        else { return nil }
        let place = line[..<open].trimmingSpaces()
        let agency = line[line.index(after: open)..<close].trimmingSpaces()
        let after = line[line.index(after: close)...].drop { $0 == " " }
        // A dash or colon follows, or the dateline is a line of its own.
        if let mark = after.first, !"-–—:".contains(mark) { return nil }
        let placeWords = place.split(whereSeparator: { $0 == " " || $0 == "," })
        let agencyWords = agency.split(separator: " ")
        guard (1...6).contains(placeWords.count), (1...3).contains(agencyWords.count),
            let first = placeWords.first?.first, first.isUppercase,
            placeWords.allSatisfy({ word in word.allSatisfy { $0.isLetter || $0.isNumber || ".'-".contains($0) } }),
            agencyWords.allSatisfy({ word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || ".&-".contains($0) }
            })
        else { return nil }
        // "Oxa Liberation Front (OLF) - ..." names a group and its initials, not a dateline.
        let initials = String(placeWords.compactMap { $0.first }).uppercased()
        if agencyWords.count == 1, agency.count >= 2, initials.contains(agency.uppercased()) { return nil }
        return agency
    }
}

/// `Dateline.agency(opening:)` read on the bytes of a line whose dateline part is ASCII, by the
/// same rules: a byte is a character, a letter is A-Z or a-z, a number 0-9.
private struct ASCIIDateline {
    /// The line's first bytes: enough for a dateline (the bracket within 60 characters, the
    /// agency within 32 of it) and the mark after it.
    let bytes: [UInt8]
    /// False when the line goes on past `bytes`.
    let whole: Bool

    enum Reading {
        case agency(String)
        case none
        /// A byte outside ASCII, or the end of the bytes read, leaves it to the characters.
        case unsettled
    }

    init(_ line: Substring.UTF8View) {
        bytes = Array(line.prefix(256))
        whole = bytes.count == line.count
    }

    var reading: Reading {
        var start = 0
        while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
        guard let open = find(UInt8(ascii: "("), from: start, within: 60) else { return .unsettled }
        guard open >= 0 else { return .none }
        guard let close = find(UInt8(ascii: ")"), from: open, within: 32) else { return .unsettled }
        guard close >= 0 else { return .none }
        // A dash or colon follows, or the dateline is a line of its own.
        var after = close + 1
        while after < bytes.count && bytes[after] == UInt8(ascii: " ") { after += 1 }
        if after == bytes.count {
            guard whole else { return .unsettled }
        } else {
            let mark = bytes[after]
            guard mark < 0x80 else { return .unsettled }  // an en or em dash
            guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: ":") else { return .none }
        }
        let place = trimmed(start, open), agency = trimmed(open + 1, close)
        let placeWords = place.split { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") }
        let agencyWords = agency.split(separator: UInt8(ascii: " "))
        guard (1...6).contains(placeWords.count), (1...3).contains(agencyWords.count),
            let first = placeWords.first?.first, isUpper(first),
            placeWords.allSatisfy({ $0.allSatisfy { isLetter($0) || isDigit($0) || ".'-".utf8.contains($0) } }),
            agencyWords.allSatisfy({ word in
                word.first.map(isUpper) == true && word.allSatisfy { isLetter($0) || ".&-".utf8.contains($0) }
            })
        else { return .none }
        // "Oxa Liberation Front (OLF) - ..." names a group and its initials, not a dateline.
        let initials = String(decoding: placeWords.compactMap { $0.first.map(upper) }, as: UTF8.self)
        if agencyWords.count == 1, agency.count >= 2,
            initials.contains(String(decoding: agency.map(upper), as: UTF8.self))
        {
            return .none
        }
        return .agency(String(decoding: agency, as: UTF8.self))
    }

    /// Where `byte` first is among the `within` bytes from `from`: -1 when it is not, nil when a
    /// byte outside ASCII or a carriage return (one character with a line feed after it) comes
    /// first, or the bytes read end first.
    private func find(_ byte: UInt8, from: Int, within: Int) -> Int? {
        for i in from..<(from + within) {
            guard i < bytes.count else { return whole ? -1 : nil }
            if bytes[i] >= 0x80 || bytes[i] == 0x0D { return nil }
            if bytes[i] == byte { return i }
        }
        return -1
    }

    /// The bytes from `from` to `to` without the whitespace around them.
    private func trimmed(_ from: Int, _ to: Int) -> ArraySlice<UInt8> {
        var a = from, b = to
        while a < b && isSpace(bytes[a]) { a += 1 }
        while b > a && isSpace(bytes[b - 1]) { b -= 1 }
        return bytes[a..<b]
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    private func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    private func isLetter(_ b: UInt8) -> Bool { isUpper(b) || (b >= 97 && b <= 122) }
    private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private func upper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }
}
