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
    static func apply(_ transforms: [String], toPosition index: Int, count: Int) -> TemplateValue? {
        guard let innermost = transforms.last else { return nil }
        let value: TemplateValue
        switch innermost {
        case "first": value = .flag(index == 0)
        case "last": value = .flag(index == count - 1)
        case "index": value = .number(index)
        case "even": value = .flag(index % 2 == 0)
        case "odd": value = .flag(index % 2 == 1)
        default: return nil
        }
        return apply(transforms.dropLast(), to: value)
    }

    /// Transforms of a value, outermost first; nil when one does not apply to it.
    static func apply(_ transforms: some BidirectionalCollection<String>, to value: TemplateValue) -> TemplateValue? {
        var value = value
        for transform in transforms.reversed() {
            guard let next = applyOne(transform, to: value) else { return nil }
            value = next
        }
        return value
    }

    private static func applyOne(_ transform: String, to value: TemplateValue) -> TemplateValue? {
        switch value {
        case .text(let text):
            switch transform {
            case "uppercased": return .text(text.uppercased())
            case "lowercased": return .text(text.lowercased())
            case "capitalized": return .text(text.prefix(1).uppercased() + text.dropFirst())
            case "reversed": return .text(String(text.reversed()))
            case "count": return .number(text.count)
            case "empty": return .flag(text.isEmpty)
            default: return nil
            }
        case .number(let number):
            switch transform {
            case "plusone": return .number(number + 1)
            case "minusone": return .number(number - 1)
            case "equalzero": return .flag(number == 0)
            case "even": return .flag(number % 2 == 0)
            case "odd": return .flag(number % 2 != 0)
            default: return nil
            }
        case .list(let box):
            let list = box.value
            let count = list.templateCount
            switch transform {
            case "first": return count > 0 ? list.templateElement(at: 0) : nil
            case "last": return count > 0 ? list.templateElement(at: count - 1) : nil
            case "count": return .number(count)
            case "empty": return .flag(count == 0)
            case "reversed": return (0..<count).reversed().map { list.templateElement(at: $0) }.templateValue
            default: return nil
            }
        default: return nil
        }
    }
}
