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
