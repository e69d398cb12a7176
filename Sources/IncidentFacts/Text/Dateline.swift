/// The news agency named in a wire story's dateline: "OXA CITY, Uralia (Reuters) — ..." or
/// "URA, 4 March (AFP) - ...".
public enum Dateline {
    /// How far into the text a dateline may stand (headline, byline and photo captions first).
    private static let searchedCharacters = 1500

    /// The agency of the first line that opens with a dateline, if one of the first lines does.
    public static func agency(in text: Substring) -> String? {
        var seen = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if let agency = agency(opening: line) { return agency }
            seen += line.utf8.count + 1
            if seen > searchedCharacters { break }
        }
        return nil
    }

    /// The agency when `line` opens with a dateline: a place (capitalised words, then maybe a
    /// country or a date after a comma), the agency in brackets, then a dash, a colon or the
    /// end of the line.
    static func agency(opening line: Substring) -> String? {
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
        let initials = String(placeWords.compactMap(\.first)).uppercased()
        if agencyWords.count == 1, agency.count >= 2, initials.contains(agency.uppercased()) { return nil }
        return agency
    }
}
