/// One part of a name in a tag (`site` and `title` in `{{site.title}}`), with a hash of it
/// worked out once, when the template is parsed.
///
/// A page is rendered by asking its objects for names they mostly have not got (a name inside
/// a list is looked for in the list's item, then in each object around it). With the hash at
/// hand a typed context finds a field, or learns it has none, from a small hash table instead
/// of comparing the name with each of its fields' (`TemplateContext.child(key:)`).
package struct TemplateKey: Sendable {
    package let name: String
    package let hash: UInt64

    package init(_ name: String) {
        self.name = name
        hash = Self.hash(name)
    }

    /// FNV-1a over the name's UTF-8 bytes: stable from run to run, unlike `Hasher`.
    package static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
