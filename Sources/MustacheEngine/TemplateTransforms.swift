/// The transforms a tag may call, as in swift-mustache: on a list position (`first()`,
/// `last()`, `index()`, `even()`, `odd()`), on text (`uppercased`, `lowercased`, `capitalized`,
/// `reversed`), on lists (`first`, `last`, `count`, `empty`, `reversed`) and on numbers
/// (`plusone`, `minusone`, `equalzero`, `even`, `odd`).
enum TemplateTransforms {
    static let known: Set<String> = [
        "first", "last", "index", "even", "odd", "uppercased", "lowercased", "capitalized", "reversed", "count",
        "empty", "plusone", "minusone", "equalzero",
    ]

    /// Transforms of the position in the list being rendered, outermost first.
    static func apply(_ transforms: [String], toPosition index: Int, count: Int) -> Any? {
        guard let innermost = transforms.last else { return nil }
        let value: Any
        switch innermost {
        case "first": value = index == 0
        case "last": value = index == count - 1
        case "index": value = index
        case "even": value = index % 2 == 0
        case "odd": value = index % 2 == 1
        default: return nil
        }
        return apply(transforms.dropLast(), to: value)
    }

    /// Transforms of a value, outermost first; nil when one does not apply to it.
    static func apply(_ transforms: some BidirectionalCollection<String>, to value: Any) -> Any? {
        var value = value
        for transform in transforms.reversed() {
            guard let next = applyOne(transform, to: value) else { return nil }
            value = next
        }
        return value
    }

    private static func applyOne(_ transform: String, to value: Any) -> Any? {
        switch value {
        case let text as String:
            switch transform {
            case "uppercased": return text.uppercased()
            case "lowercased": return text.lowercased()
            case "capitalized": return text.prefix(1).uppercased() + text.dropFirst()
            case "reversed": return String(text.reversed())
            case "count": return text.count
            case "empty": return text.isEmpty
            default: return nil
            }
        case let number as Int:
            switch transform {
            case "plusone": return number + 1
            case "minusone": return number - 1
            case "equalzero": return number == 0
            case "even": return number % 2 == 0
            case "odd": return number % 2 != 0
            default: return nil
            }
        case let list as any TemplateList:
            let count = list.templateCount
            switch transform {
            case "first": return count > 0 ? list.templateElement(at: 0) : nil
            case "last": return count > 0 ? list.templateElement(at: count - 1) : nil
            case "count": return count
            case "empty": return count == 0
            case "reversed": return (0..<count).reversed().map { list.templateElement(at: $0) }
            default: return nil
            }
        default: return nil
        }
    }
}
