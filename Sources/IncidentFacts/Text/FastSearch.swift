/// Substring search over UTF-8 bytes with the C library's `memchr` and `memcmp`.
///
/// On Linux, `String.contains(_:)` from Foundation goes through CFString and UTF-16, which cost
/// most of the extraction time, and the standard library's compares characters; these
/// overloads are preferred for `String` arguments within this module, and `contains` in the
/// modules that import it (the site's, which search evidence sentences for group names).
extension String {
    /// True when `other` occurs in this string (byte-wise, so case-sensitive).
    package func contains(_ other: String) -> Bool {
        firstByteOffset(of: other, from: 0) != nil
    }

    /// True when the string starts with `prefix` (byte-wise).
    func hasPrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Byte offset of the first occurrence of `needle` at or after `start`.
    func firstByteOffset(of needle: String, from start: Int) -> Int? {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h -> Int? in
            needle.withUTF8 { n -> Int? in
                guard n.count > 0, start + n.count <= h.count, let hb = h.baseAddress, let nb = n.baseAddress else {
                    return n.count == 0 ? start : nil
                }
                // memchr to the next candidate first byte; the second byte is checked inline, so
                // memcmp runs only on real candidates.
                var position = start
                let last = h.count - n.count
                while position <= last {
                    guard let hit = Platform.findByte(nb[0], in: hb + position, count: last - position + 1) else {
                        return nil
                    }
                    let offset = UnsafeRawPointer(hb).distance(to: hit)
                    if n.count == 1 { return offset }
                    if hb[offset + 1] == nb[1]
                        && (n.count == 2 || Platform.sameBytes(hb + offset + 2, nb + 2, count: n.count - 2))
                    {
                        return offset
                    }
                    position = offset + 1
                }
                return nil
            }
        }
    }
}
